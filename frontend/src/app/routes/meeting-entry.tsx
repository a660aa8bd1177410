import { useNavigate, useParams } from 'react-router';
import { MeetingEntry } from '@/features/meetings';
import { PATHS } from '../paths';

/** A new record (/sinh-hoat/moi) or an edit (/sinh-hoat/:id/sua); after saving, the record with its evaluation. */
export default function MeetingEntryRoute() {
  const { id } = useParams();
  const navigate = useNavigate();
  return (
    <MeetingEntry
      key={id ?? 'new'}
      meetingId={id}
      onSaved={(meeting) => navigate(PATHS.meeting(meeting.id), { replace: true })}
      onCancel={() => navigate(id ? PATHS.meeting(id) : PATHS.meetings)}
      hrefOf={PATHS.meeting}
    />
  );
}
