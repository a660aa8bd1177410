package vn.nennep.resolutions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Transactions;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;

/**
 * Values of INDICATOR targets, reported by the organizations in the resolution's scope and reviewed by the district
 * office: DRAFT → SUBMITTED → ACCEPTED | RETURNED (with a reason); a returned report is edited and submitted again.
 * The reporting organization's office writes and submits; the office of the issuer accepts or returns.
 */
@ApplicationScoped
public class IndicatorReportService {

    /** The list's sort fields (the API's names) and the entity properties they sort by. */
    static final Map<String, String> SORTABLE = Map.of(
            "periodStart", "periodStart", "value", "value", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "periodStart,desc";
    private static final Role[] REPORTERS = {Role.DISTRICT_OFFICE, Role.GRASSROOTS_OFFICER, Role.BRANCH_SECRETARY};

    private final Access access;
    private final TargetService targets;

    public IndicatorReportService(Access access, TargetService targets) {
        this.access = access;
        this.targets = targets;
    }

    public PageResponse<IndicatorReportResponse> list(UUID resolutionId, UUID targetId,
            IndicatorReportFilter.Query filter, PageQuery page) {
        Target target = targets.readable(resolutionId, targetId);
        // Reports of organizations above, at or below the caller's.
        Where where = new Where()
                .and("targetId = :targetId", "targetId", targetId)
                .anchoredVisible("organizationId", access.readPrefix())
                .and("organizationId = :organizationId", "organizationId", filter.organizationId())
                .and("status = :status", "status", filter.status())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince());
        var query = IndicatorReport.<IndicatorReport>find(where.clause(), page.sort(), where.params())
                .page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(r -> IndicatorReportResponse.of(r, target));
    }

    public IndicatorReportResponse get(UUID resolutionId, UUID targetId, UUID reportId) {
        Target target = targets.readable(resolutionId, targetId);
        return IndicatorReportResponse.of(readable(target, reportId), target);
    }

    /** The report, after checking the caller may read its resolution and its organization. */
    public IndicatorReport readable(UUID resolutionId, UUID targetId, UUID reportId) {
        return readable(targets.readable(resolutionId, targetId), reportId);
    }

    /** POST, and a bulk import's new report ({@link Transactions#write}: its own transaction, or the import's). */
    public IndicatorReportResponse create(UUID resolutionId, UUID targetId, IndicatorReportRequest request) {
        return Transactions.write(() -> {
            Target target = targets.readable(resolutionId, targetId);
            if (target.metric != Metric.INDICATOR) {
                throw new Unprocessable("targetId", "report.target.notIndicator", target.title, target.metric);
            }
            IndicatorReport report = new IndicatorReport();
            report.targetId = targetId;
            report.status = ReportStatus.DRAFT;
            assign(report, target, request);
            report.persistAndFlush();
            return IndicatorReportResponse.of(report, target);
        });
    }

    /** PUT, and a bulk import's change to a stored report. */
    public IndicatorReportResponse update(UUID resolutionId, UUID targetId, UUID reportId, IfMatch ifMatch,
            IndicatorReportRequest request) {
        return Transactions.write(() -> change(resolutionId, targetId, reportId, ifMatch, request));
    }

    private IndicatorReportResponse change(UUID resolutionId, UUID targetId, UUID reportId, IfMatch ifMatch,
            IndicatorReportRequest request) {
        Target target = targets.readable(resolutionId, targetId);
        IndicatorReport report = writable(target, reportId);
        ifMatch.check(report.version);
        requireEditable(report);
        boolean changed = !Objects.equals(report.organizationId, request.organizationId())
                || !report.periodStart.equals(request.periodStart()) || !report.periodEnd.equals(request.periodEnd())
                || report.value.compareTo(request.value()) != 0 || !report.evidence.equals(request.evidence().trim());
        assign(report, target, request);
        if (changed) {
            report.awaitingRevision = false;
        }
        IndicatorReport.flush();
        return IndicatorReportResponse.of(report, target);
    }

    @Transactional
    public void delete(UUID resolutionId, UUID targetId, UUID reportId) {
        IndicatorReport report = writable(targets.readable(resolutionId, targetId), reportId);
        requireEditable(report);
        report.delete();
    }

    @Transactional
    public IndicatorReportResponse submit(UUID resolutionId, UUID targetId, UUID reportId) {
        Target target = targets.readable(resolutionId, targetId);
        IndicatorReport report = writable(target, reportId);
        move(report, ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.RETURNED);
        if (report.awaitingRevision) {
            throw new Conflict("report.notRevised");
        }
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = Time.now();
        report.submittedBy = access.caller().id();
        IndicatorReport.flush();
        return IndicatorReportResponse.of(report, target);
    }

    @Transactional
    public IndicatorReportResponse accept(UUID resolutionId, UUID targetId, UUID reportId) {
        Target target = targets.readable(resolutionId, targetId);
        IndicatorReport report = reviewable(target, reportId);
        move(report, ReportStatus.ACCEPTED, ReportStatus.SUBMITTED);
        report.status = ReportStatus.ACCEPTED;
        review(report);
        return IndicatorReportResponse.of(report, target);
    }

    @Transactional
    public IndicatorReportResponse returnForRevision(UUID resolutionId, UUID targetId, UUID reportId,
            ReturnRequest request) {
        Target target = targets.readable(resolutionId, targetId);
        IndicatorReport report = reviewable(target, reportId);
        move(report, ReportStatus.RETURNED, ReportStatus.SUBMITTED);
        report.status = ReportStatus.RETURNED;
        report.returnReason = request.reason().trim();
        report.awaitingRevision = true;
        review(report);
        return IndicatorReportResponse.of(report, target);
    }

    private IndicatorReport readable(Target target, UUID reportId) {
        IndicatorReport report = IndicatorReport.findById(reportId);
        if (report == null || !report.targetId.equals(target.id)) {
            throw new NotFound("resource.indicatorReport", reportId);
        }
        access.requireSeeAnchoredAt(Organization.findById(report.organizationId));
        return report;
    }

    /** The report, after checking the caller is the office of the reporting organization. */
    private IndicatorReport writable(Target target, UUID reportId) {
        IndicatorReport report = readable(target, reportId);
        access.requireOfficeOf(Organization.findById(report.organizationId), REPORTERS);
        return report;
    }

    /**
     * The report, after checking the caller is the district office over the organization that keeps the resolution
     * (its issuer, else its scope) or an admin.
     */
    private IndicatorReport reviewable(Target target, UUID reportId) {
        IndicatorReport report = readable(target, reportId);
        Resolution resolution = Resolution.findById(target.resolutionId);
        access.requireOfficeOf(Organization.findById(resolution.keeperId()), Role.DISTRICT_OFFICE);
        return report;
    }

    private void review(IndicatorReport report) {
        report.reviewedAt = Time.now();
        report.reviewedBy = access.caller().id();
        IndicatorReport.flush();
    }

    private static void move(IndicatorReport report, ReportStatus to, ReportStatus... from) {
        if (!List.of(from).contains(report.status)) {
            throw new Conflict("report.illegalMove", report.status, to);
        }
    }

    private static void requireEditable(IndicatorReport report) {
        if (!report.status.editable()) {
            throw new Conflict("report.notEditable", report.status);
        }
    }

    private void assign(IndicatorReport report, Target target, IndicatorReportRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        Organization org = Organization.findById(request.organizationId());
        if (org == null) {
            violations.add(new FieldViolation("organizationId", "report.organization.notFound",
                    request.organizationId()));
        } else {
            access.requireOfficeOf(org, REPORTERS);
            Resolution resolution = Resolution.findById(target.resolutionId);
            Organization scope = Organization.findById(resolution.scopeOrganizationId);
            if (!scope.contains(org)) {
                violations.add(new FieldViolation("organizationId", "report.organization.outsideScope", org.name,
                        resolution.number, scope.name));
            }
        }
        if (request.periodEnd().isBefore(request.periodStart())) {
            violations.add(new FieldViolation("periodEnd", "report.period.endBeforeStart", request.periodEnd(),
                    request.periodStart()));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        if (IndicatorReport.count("targetId = ?1 and organizationId = ?2 and periodStart = ?3 and periodEnd = ?4"
                + " and id <> ?5", target.id, org.id, request.periodStart(), request.periodEnd(), report.id) > 0) {
            throw FieldConflict.on("periodStart", "report.period.taken", org.name, request.periodStart(),
                    request.periodEnd());
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && IndicatorReport.count("externalId = ?1 and id <> ?2", externalId, report.id) > 0) {
            throw Conflict.duplicate("externalId", "report.externalId.taken", externalId);
        }
        report.organizationId = org.id;
        report.periodStart = request.periodStart();
        report.periodEnd = request.periodEnd();
        report.value = request.value();
        report.evidence = request.evidence().trim();
        report.externalId = externalId;
    }
}
