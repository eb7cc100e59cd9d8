// The "meetings" route: the year's list, or one meeting (meetings-location.ts).
import { MeetingScreen } from './meeting-screen';
import { MeetingsListScreen } from './meetings-list-screen';
import { useMeetingsLocation } from './meetings-location';
import '../items/items.css';
import './meetings.css';

export function MeetingsPage() {
  const location = useMeetingsLocation();
  return location.meetingId ? <MeetingScreen key={location.meetingId} location={{ ...location, meetingId: location.meetingId }} /> : <MeetingsListScreen year={location.year} />;
}
