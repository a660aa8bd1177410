package vn.nennep.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Time;
import vn.nennep.common.Where;
import vn.nennep.meetings.Meeting.Task;
import vn.nennep.meetings.Meeting.TaskStatus;
import vn.nennep.organizations.Organization;

/**
 * Branch meeting records. Read like the branch's other records (its subtree); written like its roster (the branch
 * secretary, its grassroots officer, the district office). Names in a record are shown only to callers who may read
 * them ({@link vn.nennep.common.PersonalData}); the others see the same record with the names withheld.
 */
@ApplicationScoped
public class MeetingService {

    /** The list's sort fields (the API's names) and the entity properties they sort by. */
    static final Map<String, String> SORTABLE = Map.of("startedAt", "startedAt",
            "scheduledAt", "scheduledAt", "attendanceRate", "attendanceRate", "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "startedAt,desc";

    private final Access access;
    private final MeetingWriter writer;
    private final RegularMonth regularMonth;
    private final EntityManager em;

    public MeetingService(Access access, MeetingWriter writer, RegularMonth regularMonth, EntityManager em) {
        this.access = access;
        this.writer = writer;
        this.regularMonth = regularMonth;
        this.em = em;
    }

    public PageResponse<MeetingResponse> list(MeetingFilter.Query filter, PageQuery page) {
        Where where = new Where()
                .and("branchId in (select o.id from Organization o where o.path like concat(:own, '%'))",
                        "own", access.readPrefix())
                .and("branchId = :branchId", "branchId", filter.branchId())
                .and("branchId in (select o.id from Organization o, Organization w"
                        + " where w.id = :withinId and o.path like concat(w.path, '%'))",
                        "withinId", filter.withinId())
                .and("kind = :kind", "kind", filter.kind())
                .and("startedAt >= :from", "from", filter.from() == null ? null
                        : filter.from().atStartOfDay(Time.LOCAL).toOffsetDateTime())
                .and("startedAt < :to", "to", filter.to() == null ? null
                        : filter.to().plusDays(1).atStartOfDay(Time.LOCAL).toOffsetDateTime())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .searchFolded("searchText", filter.q());
        var query = Meeting.<Meeting>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(MeetingResponse::of);
    }

    public MeetingResponse get(UUID id) {
        return MeetingResponse.of(find(id, false));
    }

    /** What the meeting history endpoint ({@code MeetingResource.history}) needs: the caller may read the meeting. */
    /** 404 unless the meeting exists and the caller may read it; reads only its branch, not the whole record. */
    public void requireReadable(UUID id) {
        List<UUID> branch = Meeting.getEntityManager()
                .createQuery("select m.branchId from Meeting m where m.id = :id", UUID.class)
                .setParameter("id", id).getResultList();
        if (branch.isEmpty()) {
            throw new NotFound("resource.meeting", id);
        }
        access.requireRead(Organization.findById(branch.get(0)));
    }

    @Transactional
    public MeetingResponse create(MeetingRequest request) {
        Meeting meeting = new Meeting();
        writer.apply(meeting, request);
        checkExternalId(meeting);
        regularMonth.check(meeting, null);
        meeting.persistAndFlush();
        closeCarriedTasks(meeting);
        return MeetingResponse.of(meeting);
    }

    @Transactional
    public MeetingResponse update(UUID id, IfMatch ifMatch, MeetingRequest request) {
        Meeting meeting = find(id, true);
        ifMatch.check(meeting.version);
        RegularMonth.Key before = RegularMonth.keyOf(meeting);
        writer.apply(meeting, request);
        checkExternalId(meeting);
        regularMonth.check(meeting, before);
        Meeting.flush();
        closeCarriedTasks(meeting);
        return MeetingResponse.of(meeting);
    }

    @Transactional
    public void delete(UUID id) {
        find(id, true).delete();
    }

    /**
     * The OPEN tasks of the branch's meetings started in the month before {@code month} (null: this month in
     * Asia/Ho_Chi_Minh), oldest meeting first: what the next record starts from.
     */
    public List<CarriedTask> carryOver(UUID branchId, YearMonth month) {
        if (month == null) {
            month = YearMonth.now(Time.LOCAL);
        }
        Organization branch = Organization.findById(branchId);
        if (branch == null) {
            throw new NotFound("resource.organization", branchId);
        }
        access.requireRead(branch);
        YearMonth previous = month.minusMonths(1);
        List<Meeting> meetings = Meeting.list("branchId = ?1 and startedAt >= ?2 and startedAt < ?3"
                + " order by startedAt, id", branchId,
                previous.atDay(1).atStartOfDay(Time.LOCAL).toOffsetDateTime(),
                month.atDay(1).atStartOfDay(Time.LOCAL).toOffsetDateTime());
        List<CarriedTask> open = new ArrayList<>();
        for (Meeting m : meetings) {
            for (Task t : m.tasks) {
                if (t.status() == TaskStatus.OPEN) {
                    open.add(new CarriedTask(m.id, t.id(), t.title(), t.assigneeName(), t.dueOn(),
                            t.reportAtMeetingId(), t.status()));
                }
            }
        }
        return open;
    }

    private Meeting find(UUID id, boolean write) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw new NotFound("resource.meeting", id);
        }
        Organization branch = Organization.findById(meeting.branchId);
        if (write) {
            access.requireRosterWrite(branch);
        } else {
            access.requireRead(branch);
        }
        return meeting;
    }

    private static void checkExternalId(Meeting meeting) {
        if (meeting.externalId != null
                && Meeting.count("externalId = ?1 and id <> ?2", meeting.externalId, meeting.id) > 0) {
            throw Conflict.duplicate("externalId", "meeting.externalId.taken", meeting.externalId);
        }
    }

    /**
     * A carried task reported DONE (or CANCELLED) here closes the task it continues, and that one's origin in turn, so
     * that no earlier record keeps an OPEN copy of finished work. Each changed meeting gets a new version.
     */
    public void closeCarriedTasks(Meeting meeting) {
        for (Task task : meeting.tasks) {
            if (task.status() == TaskStatus.OPEN) {
                continue;
            }
            UUID origin = task.carriedFromTaskId();
            Set<UUID> seen = new HashSet<>();
            while (origin != null && seen.add(origin)) {
                Meeting holder = holderOf(meeting.branchId, origin, meeting.id);
                if (holder == null) {
                    break;
                }
                List<Task> updated = new ArrayList<>();
                UUID next = null;
                boolean changed = false;
                for (Task t : holder.tasks) {
                    if (t.id().equals(origin) && t.status() == TaskStatus.OPEN) {
                        updated.add(t.withStatus(task.status()));
                        next = t.carriedFromTaskId();
                        changed = true;
                    } else {
                        updated.add(t);
                    }
                }
                if (!changed) {
                    break;
                }
                holder.tasks = updated;
                origin = next;
            }
        }
        Meeting.flush();
    }

    /** The meeting of the branch (other than {@code except}) that lists the task {@code taskId}. */
    Meeting holderOf(UUID branchId, UUID taskId, UUID except) {
        List<?> ids = em.createNativeQuery("select cast(id as text) from meetings where branch_id = :branch"
                + " and id <> :except and tasks @> cast(:probe as jsonb)")
                .setParameter("branch", branchId).setParameter("except", except)
                .setParameter("probe", "[{\"id\": \"" + taskId + "\"}]").getResultList();
        return ids.isEmpty() ? null : Meeting.findById(UUID.fromString((String) ids.get(0)));
    }
}
