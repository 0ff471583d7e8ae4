// Reads .ics files with ical.js (the library inside Thunderbird and Nextcloud) and prints,
// per event, what that client understands: its instants in UTC (seconds), SEQUENCE and
// STATUS. The zones come from each file's own VTIMEZONE, as a web client that knows no
// zone database resolves them; a TZID the file does not define is an error here.
// Usage: node ical_read.mjs <path to ical.js's module> <file.ics>...
import { readFileSync } from "node:fs";

const ICAL = (await import(process.argv[2])).default;
const out = [];
for (const file of process.argv.slice(3)) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  const zones = new Map();
  for (const part of calendar.getAllSubcomponents("vtimezone")) {
    const zone = new ICAL.Timezone(part);
    zones.set(zone.tzid, zone);
  }
  for (const part of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(part);
    const instant = (property) => {
      const time = part.getFirstPropertyValue(property);
      if (!time) return null;
      const tzid = part.getFirstProperty(property).getParameter("tzid");
      if (tzid) {
        if (!zones.has(tzid)) throw new Error(`${file}: ${tzid} has no VTIMEZONE`);
        time.zone = zones.get(tzid);
      }
      return { utc: time.isDate ? null : time.toUnixTime(), date: time.isDate ? time.toString() : null };
    };
    out.push({
      file, uid: event.uid, summary: event.summary, description: event.description,
      sequence: event.sequence, status: part.getFirstPropertyValue("status"),
      lastModified: part.getFirstPropertyValue("last-modified")?.toString() ?? null,
      start: instant("dtstart"), end: instant("dtend"),
    });
  }
}
process.stdout.write(JSON.stringify(out));
