package vn.nennep.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.nennep.common.Conflict;
import vn.nennep.common.Time;

/**
 * One regular meeting a month (sinh hoạt thường kỳ, DOMAIN §3): a branch keeps at most one REGULAR record per local
 * month, the month of its {@code startedAt}, or of its {@code scheduledAt} while it has none (a meeting planned, not
 * held yet). A second one is refused with 409 naming the first ({@link Conflict#existing}), so that the form can offer
 * to open it. THEMATIC meetings (held on their own or together with the regular one) and EXTRAORDINARY ones are not
 * limited.
 *
 * <p>Writers of the same branch take its lock ({@code pg_advisory_xact_lock}, two-key form, class {@link #LOCK_CLASS})
 * before they look, until their transaction ends, so that two records sent at once (a phone retrying) cannot both
 * pass: the second one waits, then finds the first. A lock rather than a unique index: databases kept from before
 * the rule may hold two regular records of a month, which stay readable and editable (only moving a record into a
 * month that has one is refused), and the bulk import pays no index for it (bench/README.md).
 */
@ApplicationScoped
public class RegularMonth {

    /** The advisory locks' first key: "RM" (regular month); the second is the branch id's hash. */
    static final int LOCK_CLASS = 0x524D;

    /** Where a branch's regular month is taken: the month, and the branch. */
    public record Key(UUID branchId, YearMonth month) {
    }

    /** A REGULAR record that holds its branch's month: its id and local day (of its start, or planned start). */
    public record Holder(UUID id, LocalDate day) {
    }

    private static final String LOCK = "select count(pg_advisory_xact_lock(" + LOCK_CLASS + ", h)) from (select"
            + " distinct hashtext(b) as h from unnest(cast(? as varchar[])) b order by 1) k";

    private final EntityManager em;

    public RegularMonth(EntityManager em) {
        this.em = em;
    }

    /** The record's month when it is a REGULAR one with a date; null otherwise (not limited). */
    public static Key keyOf(UUID branchId, MeetingKind kind, OffsetDateTime startedAt, OffsetDateTime scheduledAt) {
        OffsetDateTime when = startedAt != null ? startedAt : scheduledAt;
        if (kind != MeetingKind.REGULAR || when == null || branchId == null) {
            return null;
        }
        return new Key(branchId, YearMonth.from(when.atZoneSameInstant(Time.LOCAL)));
    }

    public static Key keyOf(Meeting m) {
        return keyOf(m.branchId, m.kind, m.startedAt, m.scheduledAt);
    }

    /** The 409 for a record that would be a second regular one in {@code key}'s month, beside {@code holder}. */
    public static Conflict taken(Key key, Holder holder, Meeting wanted) {
        return Conflict.existing(holder.id(), wanted.startedAt != null ? "startedAt" : "scheduledAt",
                "meeting.regular.monthTaken", key.month(), holder.day());
    }

    /**
     * POST and PUT: 409 when {@code meeting} (checked by the rules, not yet written) is a REGULAR record moving into a
     * month of its branch that another REGULAR record holds. {@code before} is its key before the change (null for a
     * new record); a record that stays where it was is never refused.
     */
    public void check(Meeting meeting, Key before) {
        Key key = keyOf(meeting);
        if (key == null || key.equals(before)) {
            return;
        }
        lock(List.of(key.branchId()));
        Optional<Holder> holder = holder(key, meeting.id);
        if (holder.isPresent()) {
            throw taken(key, holder.get(), meeting);
        }
    }

    /** Takes the locks of these branches (in one order, so that two writers never wait for each other). */
    public void lock(Collection<UUID> branches) {
        if (!branches.isEmpty()) {
            em.createNativeQuery(LOCK.replace("?", ":ids"))
                    .setParameter("ids", branches.stream().map(UUID::toString).toArray(String[]::new))
                    .getSingleResult();
        }
    }

    /** {@link #lock}, on the bulk import's connection. */
    public static void lock(Connection connection, Collection<UUID> branches) throws SQLException {
        if (branches.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
            statement.setArray(1, connection.createArrayOf("varchar",
                    branches.stream().map(UUID::toString).toArray()));
            statement.executeQuery().close();
        }
    }

    /** The REGULAR record (other than {@code except}) holding the month, the earliest if several do. */
    private Optional<Holder> holder(Key key, UUID except) {
        List<?> rows = em.createNativeQuery("select cast(id as text), coalesce(started_at, scheduled_at) from meetings"
                + " where branch_id = :branch and kind = 'REGULAR' and id <> :except"
                + " and coalesce(started_at, scheduled_at) >= :from and coalesce(started_at, scheduled_at) < :to"
                + " order by 2, 1 limit 1")
                .setParameter("branch", key.branchId())
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setParameter("from", start(key.month()))
                .setParameter("to", start(key.month().plusMonths(1)))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Holder(UUID.fromString((String) row[0]), day(row[1])));
    }

    /**
     * The bulk import's view, for a chunk's months at once: the REGULAR records holding each, by month (several where a
     * database kept from before the rule has two). Read on {@code connection} with the branches' index: per month, the
     * records started in it, and those planned in it with no start.
     */
    public static Map<Key, List<Holder>> holders(Connection connection, Collection<Key> keys) throws SQLException {
        Map<Key, List<Holder>> holders = new HashMap<>();
        if (keys.isEmpty()) {
            return holders;
        }
        List<Key> list = new ArrayList<>(keys);
        String sql = "select m.branch_id, cast(k.n as int), m.id, coalesce(m.started_at, m.scheduled_at)"
                + " from unnest(cast(? as uuid[]), cast(cast(? as text[]) as timestamptz[]),"
                + " cast(cast(? as text[]) as timestamptz[]))"
                + " with ordinality k(b, f, t, n)"
                + " join meetings m on m.branch_id = k.b and m.kind = 'REGULAR' and ("
                + " m.started_at >= k.f and m.started_at < k.t"
                + " or m.started_at is null and m.scheduled_at >= k.f and m.scheduled_at < k.t)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", list.stream().map(Key::branchId).toArray()));
            query.setArray(2, connection.createArrayOf("text",
                    list.stream().map(k -> start(k.month()).toString()).toArray()));
            query.setArray(3, connection.createArrayOf("text",
                    list.stream().map(k -> start(k.month().plusMonths(1)).toString()).toArray()));
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    Key key = list.get(found.getInt(2) - 1);
                    holders.computeIfAbsent(key, k -> new ArrayList<>()).add(new Holder(
                            found.getObject(3, UUID.class), day(found.getObject(4, OffsetDateTime.class))));
                }
            }
        }
        return holders;
    }

    private static OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(Time.LOCAL).toOffsetDateTime();
    }

    private static LocalDate day(Object moment) {
        Instant instant = moment instanceof OffsetDateTime o ? o.toInstant()
                : moment instanceof Timestamp t ? t.toInstant() : (Instant) moment;
        return instant.atZone(Time.LOCAL).toLocalDate();
    }
}
