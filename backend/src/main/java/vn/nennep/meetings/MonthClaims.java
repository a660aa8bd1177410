package vn.nennep.meetings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import vn.nennep.common.ProblemException;
import vn.nennep.common.Time;

/**
 * One regular meeting a month ({@link RegularMonth}) within a bulk import, as POST and PUT keep it: a chunk's regular
 * months and the REGULAR records holding them (stored, then the chunk's own rows as they are accepted).
 */
final class MonthClaims {

    private Map<RegularMonth.Key, List<RegularMonth.Holder>> months = new HashMap<>();

    /** The branches of the chunk's regular records locked, then the records holding their months, in one query. */
    void read(Session session, Set<RegularMonth.Key> keys) {
        session.doWork(connection -> {
            RegularMonth.lock(connection, keys.stream().map(RegularMonth.Key::branchId).distinct().toList());
            months = RegularMonth.holders(connection, keys);
        });
    }

    /**
     * A record the rules accepted, against the month it moves into (a new one, or a stored one whose branch, kind
     * or month changes): refused when another REGULAR record holds that month; else it holds it from now on.
     */
    ProblemException claim(Meeting meeting, RegularMonth.Key was) {
        RegularMonth.Key key = RegularMonth.keyOf(meeting);
        if (key == null || key.equals(was)) {
            return null;
        }
        List<RegularMonth.Holder> there = months.computeIfAbsent(key, k -> new ArrayList<>());
        for (RegularMonth.Holder holder : there) {
            if (!holder.id().equals(meeting.id)) {
                return RegularMonth.taken(key, holder, meeting);
            }
        }
        if (was != null && months.containsKey(was)) {
            months.get(was).removeIf(holder -> holder.id().equals(meeting.id));
        }
        OffsetDateTime when = meeting.startedAt != null ? meeting.startedAt : meeting.scheduledAt;
        there.add(new RegularMonth.Holder(meeting.id, when.atZoneSameInstant(Time.LOCAL).toLocalDate()));
        return null;
    }
}
