/** The page at / while the web app is not built: plain HTML, no script, no style (the CSP allows none inline). */
export const landingPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>hamstring-rehab</title>
  </head>
  <body>
    <main>
      <h1>hamstring-rehab</h1>
      <p>The API is running. It is described at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
      <p>
        This software supports the rehabilitation of proximal hamstring tendinopathy. It does not replace a
        clinician: see a doctor or physiotherapist for diagnosis, and seek care at once for numbness in the
        saddle area, a change in bladder or bowel control, or weakness that is getting worse.
      </p>
    </main>
  </body>
</html>
`;
