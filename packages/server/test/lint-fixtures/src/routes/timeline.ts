export const timeline = 'timeline';
