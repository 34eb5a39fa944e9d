/** The weekly hours a rep takes leads, in the rep's own time zone. */
export interface WorkingHours {
  /** ISO weekdays, 1 = Monday .. 7 = Sunday. */
  days: number[];
  /** "HH:MM", 24-hour clock; `end` after `start` (no overnight shifts). */
  start: string;
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" };

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Each zone's last answer and the UTC minute it holds for (every zone's offset is whole minutes). */
const lastLocalTime = new Map<string, { minute: number; time: { day: number; minutes: number } }>();

/**
 * Weekday and minutes since midnight of `now` in `timeZone` (an IANA name such as "Europe/Berlin").
 * Remembered per zone for the current minute: routing asks for every rep of a pool for every lead, and
 * formatting was 3% of the capture API's CPU time.
 */
function localTime(now: Date, timeZone: string): { day: number; minutes: number } {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastLocalTime.get(timeZone);
  if (last?.minute === minute) return last.time;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  const time = {
    day: WEEKDAYS[parts.weekday ?? ""] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
  lastLocalTime.set(timeZone, { minute, time });
  return time;
}

const minutesOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
};

/** Whether `now` falls in the rep's working hours, read in the rep's time zone. */
export function isWithinWorkingHours(hours: WorkingHours, timeZone: string, now: Date): boolean {
  const { day, minutes } = localTime(now, timeZone);
  return hours.days.includes(day) && minutes >= minutesOf(hours.start) && minutes < minutesOf(hours.end);
}

/** Whether `timeZone` is a zone name the runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Problems with working hours, each naming its field. */
export function validateWorkingHours(hours: WorkingHours): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  if (hours.days.length === 0 || hours.days.some((day) => !Number.isInteger(day) || day < 1 || day > 7))
    errors.push({ field: "workingHours.days", message: "must list weekdays from 1 (Monday) to 7 (Sunday)" });
  const time = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (!time.test(hours.start)) errors.push({ field: "workingHours.start", message: "must be HH:MM" });
  if (!time.test(hours.end)) errors.push({ field: "workingHours.end", message: "must be HH:MM" });
  else if (time.test(hours.start) && minutesOf(hours.end) <= minutesOf(hours.start))
    errors.push({ field: "workingHours.end", message: "must be after start" });
  return errors;
}
