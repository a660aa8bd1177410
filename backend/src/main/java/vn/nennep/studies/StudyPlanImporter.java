package vn.nennep.studies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.nennep.common.Messages;
import vn.nennep.imports.spi.Binder;
import vn.nennep.imports.spi.ImportColumns;
import vn.nennep.imports.spi.ImportError;
import vn.nennep.imports.spi.ImportFormat;
import vn.nennep.imports.spi.ImportTemplate;
import vn.nennep.imports.spi.Importer;
import vn.nennep.imports.spi.RecordRows;
import vn.nennep.imports.spi.RecordRows.Outcome;
import vn.nennep.imports.spi.RecordRows.Reference;
import vn.nennep.imports.spi.RowHandler;

/**
 * {@code POST /imports/study-plans}: rows created or updated through {@link StudyPlanService}, so that a new plan
 * asks for its pending action plans as POST does. {@code levels} and {@code presenters} are JSON arrays; in a CSV
 * file, JSON text in their cells.
 */
@ApplicationScoped
class StudyPlanImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "organizationId", "organizationExternalId", "resolutionId", "resolutionExternalId",
                    "number", "issuedOn", "title", "scopeOrganizationId", "scopeOrganizationExternalId", "levels",
                    "presenters", "actionPlansDueOn"),
            Map.ofEntries(
                    Map.entry("capuy", "organizationId"), Map.entry("capuymangoai", "organizationExternalId"),
                    Map.entry("vanban", "resolutionId"), Map.entry("vanbanmangoai", "resolutionExternalId"),
                    Map.entry("sokehoach", "number"), Map.entry("so", "number"),
                    Map.entry("ngaybanhanh", "issuedOn"), Map.entry("tieude", "title"),
                    Map.entry("phamvi", "scopeOrganizationId"),
                    Map.entry("phamvimangoai", "scopeOrganizationExternalId"),
                    Map.entry("caphoctap", "levels"), Map.entry("baocaovien", "presenters"),
                    Map.entry("hannopkehoachhanhdong", "actionPlansDueOn")),
            List.of("externalId", "number", "issuedOn", "title", "actionPlansDueOn"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-ke-hoach-hoc-tap",
            List.of("Mã ngoài", "Cấp ủy (mã ngoài)", "Văn bản (mã ngoài)", "Số kế hoạch", "Ngày ban hành", "Tiêu đề",
                    "Phạm vi (mã ngoài)", "Cấp học tập", "Báo cáo viên", "Hạn nộp kế hoạch hành động"),
            List.of("MAU-KHHT-0001", ImportTemplate.COMMUNE, ImportTemplate.RESOLUTION, "1-KH/ĐU", "2024-03-01",
                    "Kế hoạch học tập, quán triệt nghị quyết", "",
                    "[{\"audience\":\"ALL_MEMBERS\",\"dueOn\":\"2024-04-30\"}]",
                    "[{\"fullName\":\"Nguyễn Văn Mẫu\",\"position\":\"Bí thư Đảng ủy\"}]", "2024-05-15"));
    private static final ImportFormat FORMAT = new ImportFormat("study-plans", COLUMNS, TEMPLATE);
    private static final List<Reference> REFERENCES = List.of(new Reference("organization", "organizations"),
            new Reference("resolution", "resolutions"), new Reference("scopeOrganization", "organizations"));

    private final RecordRows records;
    private final Binder binder;
    private final StudyPlanService plans;
    private final ObjectMapper json;

    StudyPlanImporter(RecordRows records, Binder binder, StudyPlanService plans, ObjectMapper json) {
        this.records = records;
        this.binder = binder;
        this.plans = plans;
        this.json = json;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        return records.handler("study_plans", REFERENCES, row -> {
            boolean lists = jsonText(row, "levels") & jsonText(row, "presenters");
            StudyPlanRequest r = binder.bind(row.data(), StudyPlanRequest.class, row.number(), row.locale(),
                    row.errors());
            if (r == null || !lists) {
                return Outcome.REFUSED;
            }
            if (row.id() == null) {
                plans.create(r);
            } else {
                plans.update(row.id(), row.ifMatch(), r);
            }
            return Outcome.WRITTEN;
        });
    }

    /** A list given as JSON text (a CSV cell) read as the JSON it holds; false, with the row's error, if not. */
    private boolean jsonText(RecordRows.Record row, String field) {
        JsonNode node = row.data().get(field);
        if (node == null || !node.isTextual()) {
            return true;
        }
        String text = node.asText().trim();
        if (text.isEmpty()) {
            row.data().remove(field);
            return true;
        }
        try {
            row.data().set(field, json.readTree(text));
            return true;
        } catch (JsonProcessingException e) {
            row.errors().add(new ImportError(row.number(), field, Messages.get(row.locale(), "error.json.invalid")));
            return false;
        }
    }
}
