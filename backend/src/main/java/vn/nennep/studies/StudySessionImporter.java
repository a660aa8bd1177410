package vn.nennep.studies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * {@code POST /imports/study-sessions}: each row created or updated through {@link StudySessionService}, with the
 * endpoint's rules and rights. The plan and the holding organization may be named by external id; the bridge points
 * are a JSON list (in a CSV file, JSON text in the {@code bridgePoints} column), each point's host by id or by
 * {@code hostOrganizationExternalId}.
 */
@ApplicationScoped
class StudySessionImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "studyPlanId", "studyPlanExternalId", "organizationId", "organizationExternalId",
                    "organizerKind", "organizerName", "audience", "format", "title", "place", "presenterName",
                    "startsAt", "endsAt", "inPersonExpected", "inPersonAttended", "bridgePoints"),
            Map.ofEntries(
                    Map.entry("kehoach", "studyPlanId"), Map.entry("kehoachmangoai", "studyPlanExternalId"),
                    Map.entry("tochuc", "organizationId"), Map.entry("tochucmangoai", "organizationExternalId"),
                    Map.entry("donvitochuc", "organizerKind"), Map.entry("tendonvitochuc", "organizerName"),
                    Map.entry("doituong", "audience"), Map.entry("hinhthuc", "format"), Map.entry("tieude", "title"),
                    Map.entry("tenhoinghi", "title"), Map.entry("hoitruong", "place"),
                    Map.entry("diadiem", "place"), Map.entry("baocaovien", "presenterName"),
                    Map.entry("batdau", "startsAt"), Map.entry("ketthuc", "endsAt"),
                    Map.entry("trieutaptaihoitruong", "inPersonExpected"),
                    Map.entry("thamdutaihoitruong", "inPersonAttended"), Map.entry("diemcau", "bridgePoints")),
            List.of("externalId", "organizerKind", "audience", "format", "title", "startsAt", "endsAt"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-hoi-nghi-hoc-tap",
            List.of("Mã ngoài", "Kế hoạch (mã ngoài)", "Tổ chức (mã ngoài)", "Đơn vị tổ chức", "Tên đơn vị tổ chức",
                    "Đối tượng", "Hình thức", "Tên hội nghị", "Hội trường", "Báo cáo viên", "Bắt đầu", "Kết thúc",
                    "Triệu tập tại hội trường", "Tham dự tại hội trường", "Điểm cầu"),
            List.of("MAU-HNHT-01", "MAU-KH-01", ImportTemplate.COMMUNE, "GRASSROOTS_COMMITTEE", "Đảng ủy xã mẫu",
                    "ALL_MEMBERS", "HYBRID", "Hội nghị học tập, quán triệt nghị quyết", "Hội trường UBND xã",
                    "Bí thư Đảng ủy", "2024-03-15T07:30:00+07:00", "2024-03-15T11:00:00+07:00", "120", "118",
                    "[{\"name\": \"Điểm cầu thôn 1\", \"expected\": 40, \"attended\": 41}]"));
    private static final ImportFormat FORMAT = new ImportFormat("study-sessions", COLUMNS, TEMPLATE);
    private static final List<Reference> REFERENCES = List.of(new Reference("studyPlan", "study_plans"),
            new Reference("organization", "organizations"));

    private final RecordRows records;
    private final Binder binder;
    private final ObjectMapper json;
    private final StudySessionService sessions;

    StudySessionImporter(RecordRows records, Binder binder, ObjectMapper json, StudySessionService sessions) {
        this.records = records;
        this.binder = binder;
        this.json = json;
        this.sessions = sessions;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        Map<String, UUID> hosts = Binder.cache();
        return records.handler("study_sessions", REFERENCES, row -> {
            if (!bridgePoints(row.data(), row, hosts)) {
                return Outcome.REFUSED;
            }
            StudySessionRequest r = binder.bind(row.data(), StudySessionRequest.class, row.number(), row.locale(),
                    row.errors());
            if (r == null) {
                return Outcome.REFUSED;
            }
            if (row.id() == null) {
                sessions.create(r);
            } else {
                sessions.update(row.id(), row.ifMatch(), r);
            }
            return Outcome.WRITTEN;
        });
    }

    /** The bridge points as a JSON list (read from a CSV cell's text), hosts named by external id resolved. */
    private boolean bridgePoints(ObjectNode data, RecordRows.Record row, Map<String, UUID> hosts) {
        JsonNode points = data.get("bridgePoints");
        if (points != null && points.isTextual()) {
            String text = points.asText().trim();
            try {
                points = text.isEmpty() ? null : json.readTree(text);
            } catch (Exception e) {
                points = json.getNodeFactory().textNode(text);
            }
            data.set("bridgePoints", points);
        }
        if (points == null || points.isNull()) {
            return true;
        }
        if (!points.isArray()) {
            row.errors().add(new ImportError(row.number(), "bridgePoints",
                    Messages.get(row.locale(), "studySession.bridgePoints.json")));
            return false;
        }
        boolean resolved = true;
        for (JsonNode point : points) {
            if (point instanceof ObjectNode node) {
                resolved &= binder.reference(node, "hostOrganization", "organizations", row.number(), row.locale(),
                        row.errors(), hosts);
            }
        }
        return resolved;
    }
}
