package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nennep.common.IfMatch;
import vn.nennep.common.Text;
import vn.nennep.imports.spi.Binder;
import vn.nennep.imports.spi.ImportColumns;
import vn.nennep.imports.spi.ImportFormat;
import vn.nennep.imports.spi.ImportTemplate;
import vn.nennep.imports.spi.Importer;
import vn.nennep.imports.spi.RecordRows;
import vn.nennep.imports.spi.RecordRows.Outcome;
import vn.nennep.imports.spi.RecordRows.Reference;
import vn.nennep.imports.spi.RowHandler;

/**
 * {@code POST /imports/action-plans}: a grassroots organization's action plan under a study plan, with its legacy
 * status. The pending plan that issuing the study plan made (with no external id yet) is taken over by the row;
 * otherwise a new one is asked for as POST does (409 when the organization has another for the document).
 */
@ApplicationScoped
class ActionPlanImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "studyPlanId", "studyPlanExternalId", "organizationId", "organizationExternalId",
                    "dueOn", "title", "status", "documentNumber", "firstSubmittedOn", "submittedOn", "reviewedOn",
                    "returnReason"),
            Map.ofEntries(
                    Map.entry("kehoachhoctap", "studyPlanId"),
                    Map.entry("kehoachhoctapmangoai", "studyPlanExternalId"),
                    Map.entry("tochuc", "organizationId"), Map.entry("tochucmangoai", "organizationExternalId"),
                    Map.entry("hannop", "dueOn"), Map.entry("tieude", "title"), Map.entry("trangthai", "status"),
                    Map.entry("sokehoach", "documentNumber"), Map.entry("ngaynoplandau", "firstSubmittedOn"),
                    Map.entry("ngaynop", "submittedOn"), Map.entry("ngayxemxet", "reviewedOn"),
                    Map.entry("lydotralai", "returnReason")),
            List.of("externalId"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-ke-hoach-hanh-dong",
            List.of("Mã ngoài", "Kế hoạch học tập (mã ngoài)", "Tổ chức (mã ngoài)", "Hạn nộp", "Tiêu đề",
                    "Trạng thái", "Số kế hoạch", "Ngày nộp lần đầu", "Ngày nộp", "Ngày xem xét", "Lý do trả lại"),
            List.of("MAU-KHHD-0001", "MAU-KHHT-0001", ImportTemplate.COMMUNE, "2024-05-15",
                    "Kế hoạch thực hiện nghị quyết", "ACCEPTED", "12-KH/ĐU", "2024-04-02", "2024-04-02",
                    "2024-04-10", ""));
    private static final ImportFormat FORMAT = new ImportFormat("action-plans", COLUMNS, TEMPLATE);
    private static final List<Reference> REFERENCES = List.of(new Reference("studyPlan", "study_plans"),
            new Reference("organization", "organizations"));

    private final RecordRows records;
    private final Binder binder;
    private final ActionPlanService actionPlans;
    private final ActionPlanReview review;

    ActionPlanImporter(RecordRows records, Binder binder, ActionPlanService actionPlans, ActionPlanReview review) {
        this.records = records;
        this.binder = binder;
        this.actionPlans = actionPlans;
        this.review = review;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        return records.handler("action_plans", REFERENCES, row -> {
            UUID plan = row.requiredId("studyPlanId", "studyPlanExternalId");
            UUID organization = row.requiredId("organizationId", "organizationExternalId");
            ActionPlanImportRow r = binder.bind(row.data(), ActionPlanImportRow.class, row.number(), row.locale(),
                    row.errors());
            if (r == null || plan == null || organization == null) {
                return Outcome.REFUSED;
            }
            ActionPlan actionPlan = row.id() == null ? adopted(plan, organization) : actionPlans.find(row.id());
            if (actionPlan == null) {
                UUID id = actionPlans.create(new ActionPlanRequest(plan, organization, r.dueOn(), r.title(),
                        r.externalId())).id();
                actionPlan = actionPlans.find(id);
            } else {
                if (!actionPlan.studyPlanId.equals(plan) || !actionPlan.organizationId.equals(organization)) {
                    row.error("import.actionPlan.moved");
                    return Outcome.REFUSED;
                }
                edit(actionPlan, row.id() == null ? IfMatch.version(actionPlan.version) : row.ifMatch(), r);
            }
            review.restore(actionPlan, r);
            return Outcome.WRITTEN;
        });
    }

    /** The pending plan issuing the study plan asked of the organization, not yet tied to an external id. */
    private static ActionPlan adopted(UUID plan, UUID organization) {
        return ActionPlan.find("studyPlanId = ?1 and organizationId = ?2 and externalId is null", plan,
                organization).firstResult();
    }

    /**
     * The row's due date and title, by PUT's rules (the district office's) when they change; its external id alone
     * (taking over a pending plan) with the rights of the organization's submission.
     */
    private void edit(ActionPlan actionPlan, IfMatch ifMatch, ActionPlanImportRow r) {
        LocalDate dueOn = r.dueOn() == null ? actionPlan.dueOn : r.dueOn();
        String title = r.title() == null ? actionPlan.title : Text.blankToNull(r.title());
        if (!dueOn.equals(actionPlan.dueOn) || !Objects.equals(title, actionPlan.title)) {
            actionPlans.update(actionPlan.id, ifMatch, new ActionPlanUpdate(dueOn, title, r.externalId()));
            return;
        }
        ifMatch.check(actionPlan.version);
        review.requireRight(actionPlan, ActionPlanStatus.SUBMITTED);
        ActionPlanService.checkExternalId(actionPlan, r.externalId());
        actionPlan.externalId = Text.blankToNull(r.externalId());
    }
}
