package vn.nennep.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.common.IfMatch;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.meetings.MeetingTemplates.CriterionTemplate;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationService;

/** Reading the templates in force for an organization, and setting or clearing its own (DOMAIN: "the checklist is data"). */
@ApplicationScoped
public class MeetingTemplateService {

    /** A score sheet is out of 100 points: the bands (GOOD ≥ 90, …) are on that scale. */
    static final int SHEET_TOTAL = 100;

    private final OrganizationService organizations;
    private final MeetingTemplates templates;
    private final Access access;
    private final HistoryService history;
    private final EntityManager em;

    public MeetingTemplateService(OrganizationService organizations, MeetingTemplates templates, Access access,
            HistoryService history, EntityManager em) {
        this.organizations = organizations;
        this.templates = templates;
        this.access = access;
        this.history = history;
        this.em = em;
    }

    @Transactional
    public MeetingTemplatesResponse get(UUID id) {
        return response(organizations.readable(id));
    }

    /**
     * Replaces the organization's own templates: by the office whose subtree holds it. The row is locked, so two writers
     * with the same If-Match cannot both pass; two first writes meet at the unique key (409).
     */
    @Transactional
    public MeetingTemplatesResponse set(UUID id, IfMatch ifMatch, MeetingTemplatesRequest request) {
        Organization org = organizations.find(id);
        access.requireOfficeOf(org, Role.DISTRICT_OFFICE, Role.GRASSROOTS_OFFICER);
        MeetingTemplate own = own(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(own == null ? 0 : own.version);
        List<String> procedure = procedure(request.procedure());
        List<CriterionTemplate> criteria = criteria(request.criteria());
        boolean first = own == null;
        if (!first && Objects.equals(own.procedure, procedure) && Objects.equals(own.criteria, criteria)) {
            return response(org); // the same again: no new version, no empty history entry
        }
        if (first) {
            own = new MeetingTemplate();
            own.organizationId = id;
            own.createdAt = Time.now();
        }
        own.procedure = procedure;
        own.criteria = criteria;
        own.version++;
        own.updatedAt = Time.now();
        if (first) {
            own.persist();
        }
        em.flush();
        return response(org);
    }

    /**
     * The audit trail of the organization's own templates, newest first; empty while it never set any. Readable by
     * whoever may read the organization.
     */
    @Transactional
    public PageResponse<HistoryEntry> history(UUID organizationId, HistoryService.Fields<MeetingTemplate> fields,
            PageQuery page) {
        organizations.readable(organizationId);
        MeetingTemplate own = own(organizationId, LockModeType.NONE);
        if (own == null) {
            return PageResponse.of(List.of(), page, 0);
        }
        return history.page(MeetingTemplate.class, own.id, () -> { }, fields, page);
    }

    private MeetingTemplatesResponse response(Organization org) {
        MeetingTemplates.Nearest<List<String>> procedures = templates.procedures();
        MeetingTemplates.Nearest<List<CriterionTemplate>> scores = templates.scores();
        UUID procedureFrom = procedures.from(org);
        UUID criteriaFrom = scores.from(org);
        MeetingTemplate own = own(org.id, LockModeType.NONE);
        return new MeetingTemplatesResponse(org.id, procedures.of(org), procedureFrom, name(procedureFrom),
                scores.of(org), criteriaFrom, name(criteriaFrom), own == null ? 0 : own.version);
    }

    private static MeetingTemplate own(UUID organizationId, LockModeType lock) {
        return MeetingTemplate.<MeetingTemplate>find("organizationId", organizationId).withLock(lock).firstResult();
    }

    private static String name(UUID organizationId) {
        if (organizationId == null) {
            return null;
        }
        Organization org = Organization.findById(organizationId);
        return org == null ? null : org.name;
    }

    /** Steps trimmed, each once (records name a step by its text). */
    private static List<String> procedure(List<String> given) {
        if (given == null) {
            return null;
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String step = given.get(i).trim();
            if (steps.contains(step)) {
                violations.add(new FieldViolation("procedure[" + i + "]", "template.procedure.duplicate",
                        steps.indexOf(step) + 1));
            }
            steps.add(step);
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        return List.copyOf(steps);
    }

    /** Codes each once (records name a criterion by its code); the maxima add up to {@link #SHEET_TOTAL}. */
    private static List<CriterionTemplate> criteria(List<MeetingTemplatesRequest.Criterion> given) {
        if (given == null) {
            return null;
        }
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<CriterionTemplate> sheet = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < given.size(); i++) {
            var c = given.get(i);
            if (!codes.add(c.code())) {
                violations.add(new FieldViolation("criteria[" + i + "].code", "template.criteria.duplicateCode",
                        c.code()));
            }
            total += c.max();
            sheet.add(new CriterionTemplate(c.code(), c.name().trim(), c.max(), c.key()));
        }
        if (total != SHEET_TOTAL) {
            violations.add(new FieldViolation("criteria", "template.criteria.total", total, SHEET_TOTAL));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        return List.copyOf(sheet);
    }
}
