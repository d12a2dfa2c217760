/** Sound, vibration and keep-awake cues for the guided timers. Each quietly does nothing when unsupported. */
let audio: AudioContext | undefined;

export function beep(frequency = 880, ms = 160): void {
  try {
    audio ??= new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.25, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + ms / 1000);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + ms / 1000);
  } catch {
    // no audio on this device
  }
}

export function buzz(pattern: number | number[]): void {
  if (typeof navigator.vibrate === 'function') navigator.vibrate(pattern);
}

/**
 * Keeps the screen on while a timer runs (Screen Wake Lock). The browser drops the lock when the tab is
 * hidden, so it is asked for again when the tab comes back. Returns the release.
 */
export async function keepScreenOn(): Promise<() => void> {
  if (!('wakeLock' in navigator)) return () => undefined;
  let sentinel: WakeLockSentinel | undefined;
  let released = false;
  const acquire = async (): Promise<void> => {
    try {
      const lock = await navigator.wakeLock.request('screen');
      if (released) await lock.release();
      else sentinel = lock;
    } catch {
      // refused (battery saver, hidden tab): the timer still runs, the screen may dim
    }
  };
  const onVisible = (): void => {
    if (document.visibilityState === 'visible' && (sentinel === undefined || sentinel.released)) {
      void acquire();
    }
  };
  await acquire();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    released = true;
    document.removeEventListener('visibilitychange', onVisible);
    void sentinel?.release();
  };
}
