/** The part of fs-ext (flock(2) for Node) that the server lock uses. */
declare module 'fs-ext' {
  export function flockSync(fd: number, flags: 'sh' | 'ex' | 'shnb' | 'exnb' | 'un'): void;
}
