package vn.nennep.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.meetings.Meeting.Task;
import vn.nennep.meetings.MeetingTemplates.CriterionTemplate;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * Reads what {@link MeetingRules} need to know about a record's branch: its roster, its checklist and score sheet
 * (kept in a {@link Branch}, read once per request for the API, once per branch for an import or the demo data), and
 * the tasks and meetings a request's tasks name.
 */
@ApplicationScoped
public class MeetingContexts {

    private final MeetingTemplates templates;
    private final EntityManager em;

    MeetingContexts(MeetingTemplates templates, EntityManager em) {
        this.templates = templates;
        this.em = em;
    }

    /** The branch a record belongs to and what the rules read about it, each read when first needed and then kept. */
    public final class Branch {

        private final Organization organization;
        private Set<UUID> roster;
        private List<String> steps;
        private List<CriterionTemplate> sheet;

        private Branch(Organization organization) {
            this.organization = organization;
        }

        public Organization organization() {
            return organization;
        }

        Set<UUID> roster() {
            if (roster == null) {
                roster = rosters(List.of(organization.id)).getOrDefault(organization.id, new HashSet<>());
            }
            return roster;
        }

        public List<String> steps() {
            if (steps == null) {
                steps = templates.procedure(organization);
            }
            return steps;
        }

        public List<CriterionTemplate> sheet() {
            if (sheet == null) {
                sheet = templates.score(organization);
            }
            return sheet;
        }
    }

    /** The branch of that id; 422 on {@code branchId} when there is none or it is no branch. */
    public Branch branch(UUID id) {
        Organization branch = Organization.findById(id);
        if (branch == null) {
            throw new Unprocessable("branchId", "meeting.branch.notFound", id);
        }
        return branch(branch);
    }

    /** The branch holder for an organization already read (bulk import reads a chunk's branches in one query). */
    public Branch branch(Organization organization) {
        if (organization.type != OrganizationType.BRANCH) {
            throw new Unprocessable("branchId", "meeting.branch.notBranch", organization.type);
        }
        return new Branch(organization);
    }

    /**
     * All that the rules may read of these branches, read now and at once: their rosters in one query, the templates
     * once (a bulk import meets hundreds of branches in its first rows; one by one, that was four queries each). Then
     * checking their records needs the database only for tasks.
     */
    public void readAll(Collection<Branch> branches) {
        if (branches.isEmpty()) {
            return;
        }
        Map<UUID, Set<UUID>> rosters = rosters(branches.stream().map(b -> b.organization.id).toList());
        MeetingTemplates.Nearest<List<String>> procedures = templates.procedures();
        MeetingTemplates.Nearest<List<CriterionTemplate>> scores = templates.scores();
        for (Branch branch : branches) {
            branch.roster = rosters.getOrDefault(branch.organization.id, new HashSet<>());
            branch.steps = procedures.of(branch.organization);
            branch.sheet = scores.of(branch.organization);
        }
    }

    /**
     * Whether checking this request reads the database beyond its {@link Branch} (a task naming an earlier task or the
     * meeting where it is reported): a bulk import checks such rows before it starts streaming rows to the database.
     */
    public static boolean readsDatabase(MeetingRequest r) {
        return r.tasks() != null && r.tasks().stream().anyMatch(t -> t != null
                && (t.carriedFromTaskId() != null || t.reportAtMeetingId() != null));
    }

    /**
     * The context of checking {@code r} as meeting {@code m} (new, or stored with its tasks): of the branch only what the
     * request needs, then the tasks and meetings its tasks name, one query each.
     */
    MeetingRules.Context context(Meeting m, MeetingRequest r, Branch branch) {
        Set<UUID> own = Set.of();
        Set<UUID> carried = Set.of();
        Set<UUID> meetings = Set.of();
        if (r.tasks() != null) {
            own = new HashSet<>();
            carried = new HashSet<>();
            meetings = new HashSet<>();
            if (m.tasks != null) {
                m.tasks.stream().map(Task::id).forEach(own::add);
            }
            for (var t : r.tasks()) {
                if (t.carriedFromTaskId() != null && taskOfBranch(r.branchId(), t.carriedFromTaskId(), m.id)) {
                    carried.add(t.carriedFromTaskId());
                }
                if (t.reportAtMeetingId() != null && !t.reportAtMeetingId().equals(m.id)
                        && Meeting.count("id = ?1 and branchId = ?2", t.reportAtMeetingId(), r.branchId()) > 0) {
                    meetings.add(t.reportAtMeetingId());
                }
            }
        }
        return new MeetingRules.Context(m.id, r.attendance() == null ? null : branch.roster(),
                r.procedure() == null ? null : branch.steps(), r.score() == null ? null : branch.sheet(), own,
                carried, meetings, Time.now());
    }

    /** The members of these organizations, by organization; one query. */
    private Map<UUID, Set<UUID>> rosters(List<UUID> organizations) {
        Map<UUID, Set<UUID>> rosters = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("select organization_id, id from members"
                + " where organization_id = any(cast(:ids as uuid[]))")
                .setParameter("ids", organizations.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        members.forEach(row -> rosters.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((UUID) row[1]));
        return rosters;
    }

    private boolean taskOfBranch(UUID branchId, UUID taskId, UUID except) {
        return em.createNativeQuery("select 1 from meetings where branch_id = :branch"
                + " and id <> :except and tasks @> cast(:probe as jsonb)")
                .setParameter("branch", branchId).setParameter("except", except)
                .setParameter("probe", "[{\"id\": \"" + taskId + "\"}]").getResultList().size() > 0;
    }
}
