import { useParams } from 'react-router';
import { MeetingDetail } from '@/features/meetings';
import { PATHS } from '../paths';

export default function MeetingRoute() {
  const { id } = useParams();
  return <MeetingDetail key={id} id={id!} editHref={PATHS.editMeeting(id!)} />;
}
