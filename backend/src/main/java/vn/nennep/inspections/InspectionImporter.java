package vn.nennep.inspections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * {@code POST /imports/inspections}: each row created or updated through {@link InspectionService}, with the rights and
 * rules of POST and PUT. Rows name the deciding committee by {@code organizationExternalId}, the subjects and the
 * documents by lists of external ids (in CSV joined with "; "); team, findings and remedies are JSON (text in a CSV
 * cell). A row may give {@code status} and {@code closedOn}: a legacy record as it stands ({@link
 * InspectionService#settle}).
 */
@ApplicationScoped
class InspectionImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "organizationId", "organizationExternalId", "kind", "planNumber", "title",
                    "subjectOrganizationIds", "subjectOrganizationExternalIds", "resolutionIds",
                    "resolutionExternalIds", "team", "plannedFrom", "plannedTo", "startedOn", "endedOn", "findings",
                    "conclusion.number", "conclusion.issuedOn", "conclusion.text", "remedies", "status", "closedOn"),
            Map.ofEntries(
                    Map.entry("capuyquyetdinh", "organizationId"),
                    Map.entry("capuyquyetdinhmangoai", "organizationExternalId"), Map.entry("loai", "kind"),
                    Map.entry("sokehoach", "planNumber"), Map.entry("ten", "title"), Map.entry("tieude", "title"),
                    Map.entry("doituong", "subjectOrganizationIds"),
                    Map.entry("doituongmangoai", "subjectOrganizationExternalIds"),
                    Map.entry("vanban", "resolutionIds"), Map.entry("vanbanmangoai", "resolutionExternalIds"),
                    Map.entry("doan", "team"), Map.entry("doanjson", "team"), Map.entry("tungay", "plannedFrom"),
                    Map.entry("denngay", "plannedTo"), Map.entry("ngaybatdau", "startedOn"),
                    Map.entry("ngayketthuc", "endedOn"), Map.entry("phathien", "findings"),
                    Map.entry("phathienjson", "findings"), Map.entry("soketluan", "conclusion.number"),
                    Map.entry("ngayketluan", "conclusion.issuedOn"), Map.entry("noidungketluan", "conclusion.text"),
                    Map.entry("khacphuc", "remedies"), Map.entry("khacphucjson", "remedies"),
                    Map.entry("trangthai", "status"), Map.entry("ngaydong", "closedOn")),
            List.of("externalId", "kind", "planNumber", "title", "team", "plannedFrom", "plannedTo"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-kiem-tra-giam-sat",
            List.of("Mã ngoài", "Cấp ủy quyết định (mã ngoài)", "Loại", "Số kế hoạch", "Tên", "Đối tượng (mã ngoài)",
                    "Đoàn (JSON)", "Từ ngày", "Đến ngày"),
            List.of("MAU-KT-0001", ImportTemplate.COMMUNE, "SUPERVISION", "1-KH/ĐU",
                    "Giám sát việc học tập, quán triệt nghị quyết", ImportTemplate.COMMUNE,
                    "[{\"fullName\": \"Nguyễn Văn Mẫu\", \"position\": \"Phó Bí thư Đảng ủy\", \"role\": \"HEAD\"}]",
                    "2024-05-06", "2024-05-10"));
    private static final ImportFormat FORMAT = new ImportFormat("inspections", COLUMNS, TEMPLATE);
    private static final List<Reference> REFERENCES = List.of(new Reference("organization", "organizations"));

    private final RecordRows records;
    private final Binder binder;
    private final InspectionService inspections;
    private final ObjectMapper json;
    private final EntityManager em;

    InspectionImporter(RecordRows records, Binder binder, InspectionService inspections, ObjectMapper json,
            EntityManager em) {
        this.records = records;
        this.binder = binder;
        this.inspections = inspections;
        this.json = json;
        this.em = em;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        return records.handler(FORMAT.resource(), REFERENCES, row -> {
            ObjectNode data = row.data();
            List<ImportError> errors = row.errors();
            InspectionStatus status = status(data.remove("status"), row);
            LocalDate closedOn = date(data.remove("closedOn"), "closedOn", row);
            boolean read = list(data, "subjectOrganization", "organizations", row)
                    & list(data, "resolution", "resolutions", row)
                    & jsonList(data, "team", row) & jsonList(data, "findings", row) & jsonList(data, "remedies", row);
            if (!read || !errors.isEmpty()) {
                return Outcome.REFUSED;
            }
            if (!organizations(data.get("findings"), "findings", row)
                    || !organizations(data.get("remedies"), "remedies", row)) {
                return Outcome.REFUSED;
            }
            InspectionRequest r = binder.bind(data, InspectionRequest.class, row.number(), row.locale(), errors);
            if (r == null) {
                return Outcome.REFUSED;
            }
            InspectionResponse written = row.id() == null ? inspections.create(r)
                    : inspections.update(row.id(), row.ifMatch(), r);
            inspections.settle(written.id(), status, closedOn);
            return Outcome.WRITTEN;
        });
    }

    private InspectionStatus status(JsonNode node, RecordRows.Record row) {
        String text = node == null || node.isNull() ? "" : node.asText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return InspectionStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            row.errors().add(new ImportError(row.number(), "status",
                    Messages.get(row.locale(), "import.inspection.status")));
            return null;
        }
    }

    private LocalDate date(JsonNode node, String field, RecordRows.Record row) {
        String text = node == null || node.isNull() ? "" : node.asText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            row.errors().add(new ImportError(row.number(), field,
                    Messages.get(row.locale(), "error.json.type", "YYYY-MM-DD")));
            return null;
        }
    }

    /**
     * {@code <name>Ids} and {@code <name>ExternalIds}, each a JSON list or a CSV cell of values joined with ";", to
     * one JSON list of ids in {@code <name>Ids}; false, with the row's error, when an external id is unknown.
     */
    private boolean list(ObjectNode data, String name, String table, RecordRows.Record row) {
        ArrayNode ids = json.createArrayNode();
        for (String value : values(data.remove(name + "Ids"))) {
            ids.add(value);
        }
        String field = name + "ExternalIds";
        for (String key : values(data.remove(field))) {
            List<?> found = em.createNativeQuery("select cast(id as text) from " + table + " where external_id = :k")
                    .setParameter("k", key).getResultList();
            if (found.isEmpty()) {
                row.errors().add(new ImportError(row.number(), field,
                        Messages.get(row.locale(), "import.reference.notFound", key)));
                return false;
            }
            ids.add((String) found.get(0));
        }
        if (!ids.isEmpty() || "subjectOrganization".equals(name)) {
            data.set(name + "Ids", ids);
        }
        return true;
    }

    private static List<String> values(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            return java.util.stream.StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText)
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return java.util.Arrays.stream(node.asText().split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    /** A list given as JSON text (a CSV cell) read as JSON; false, with the row's error, when it is not a list. */
    private boolean jsonList(ObjectNode data, String field, RecordRows.Record row) {
        JsonNode node = data.get(field);
        if (node == null || !node.isTextual()) {
            return true;
        }
        try {
            JsonNode parsed = json.readTree(node.asText());
            if (parsed != null && parsed.isArray()) {
                data.set(field, parsed);
                return true;
            }
        } catch (java.io.IOException e) {
            // reported below
        }
        row.errors().add(new ImportError(row.number(), field, Messages.get(row.locale(), "import.inspection.json")));
        return false;
    }

    /** Findings and remedies may name their subject by {@code organizationExternalId}. */
    private boolean organizations(JsonNode items, String field, RecordRows.Record row) {
        if (items == null || !items.isArray()) {
            return true;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ObjectNode item && item.has("organizationExternalId")) {
                if (!binder.reference(item, "organization", "organizations", row.number(), row.locale(),
                        row.errors(), Binder.cache())) {
                    return false;
                }
            }
        }
        return true;
    }
}
