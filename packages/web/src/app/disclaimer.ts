/** The patient app's disclaimer, at the foot of every page (the error page included). */
export const PATIENT_FOOTER =
  'This app does not replace a clinician. It supports a rehab program for buttock pain at the sitting bone; if your pain changes suddenly, or you have numbness, weakness or bladder or bowel changes, get medical help.';
