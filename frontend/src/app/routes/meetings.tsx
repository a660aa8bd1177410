import { MeetingsPage } from '@/features/meetings';
import { PATHS } from '../paths';

export default function MeetingsRoute() {
  return <MeetingsPage newHref={PATHS.newMeeting} hrefOf={PATHS.meeting} />;
}
