package vn.nennep.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
 * {@code POST /imports/recommendations}: new rows raised through {@link RecommendationService}. A recommendation is
 * never edited (its thread changes it): a stored one is unchanged when the row says the same, else the row fails.
 */
@ApplicationScoped
class RecommendationImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "briefingId", "briefingExternalId", "raisedById", "raisedByExternalId",
                    "addresseeId", "addresseeExternalId", "field", "title", "content", "dueOn"),
            Map.ofEntries(
                    Map.entry("giaoban", "briefingId"), Map.entry("giaobanmangoai", "briefingExternalId"),
                    Map.entry("noineu", "raisedById"), Map.entry("noineumangoai", "raisedByExternalId"),
                    // As first (mis)spelled: kept so that files written for it still import.
                    Map.entry("noneu", "raisedById"), Map.entry("noneumangoai", "raisedByExternalId"),
                    Map.entry("noinhan", "addresseeId"), Map.entry("noinhanmangoai", "addresseeExternalId"),
                    Map.entry("linhvuc", "field"), Map.entry("tieude", "title"), Map.entry("noidung", "content"),
                    Map.entry("hantraloi", "dueOn")),
            List.of("externalId", "field", "title", "content"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-kien-nghi",
            List.of("Mã ngoài", "Giao ban (mã ngoài)", "Nơi nêu (mã ngoài)", "Nơi nhận (mã ngoài)", "Lĩnh vực",
                    "Tiêu đề", "Nội dung", "Hạn trả lời"),
            List.of("MAU-KN-0001", ImportTemplate.BRIEFING, ImportTemplate.BRANCH, ImportTemplate.DEPARTMENT,
                    "AGRICULTURE", "Nạo vét kênh tưới tiêu",
                    "Kênh tưới bị bồi lắng, đề nghị hỗ trợ kinh phí nạo vét trước vụ xuân.", ""));
    private static final ImportFormat FORMAT = new ImportFormat("recommendations", COLUMNS, TEMPLATE);
    private static final List<Reference> REFERENCES = List.of(new Reference("briefing", "briefings"),
            new Reference("raisedBy", "organizations"), new Reference("addressee", "organizations"));

    private final RecordRows records;
    private final Binder binder;
    private final RecommendationService recommendations;
    private final EntityManager em;

    RecommendationImporter(RecordRows records, Binder binder, RecommendationService recommendations,
            EntityManager em) {
        this.records = records;
        this.binder = binder;
        this.recommendations = recommendations;
        this.em = em;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        return records.handler(FORMAT.resource(), REFERENCES, row -> {
            RecommendationRequest r = binder.bind(row.data(), RecommendationRequest.class, row.number(),
                    row.locale(), row.errors());
            if (r == null) {
                return Outcome.REFUSED;
            }
            if (row.id() == null) {
                recommendations.create(r);
                return Outcome.WRITTEN;
            }
            if (same(row.id(), r)) {
                return Outcome.UNCHANGED;
            }
            row.error("import.recommendation.immutable");
            return Outcome.REFUSED;
        });
    }

    private boolean same(UUID id, RecommendationRequest r) {
        List<?> rows = em.createNativeQuery("select cast(briefing_id as text), cast(raised_by_id as text),"
                + " cast(addressee_id as text), field, title, content from recommendations where id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] s = (Object[]) rows.get(0);
        return Objects.equals(s[0], r.briefingId().toString()) && Objects.equals(s[1], r.raisedById().toString())
                && Objects.equals(s[2], r.addresseeId().toString()) && Objects.equals(s[3], r.field().name())
                && Objects.equals(s[4], r.title().trim()) && Objects.equals(s[5], r.content().trim());
    }
}
