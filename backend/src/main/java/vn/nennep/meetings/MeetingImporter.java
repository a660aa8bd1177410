package vn.nennep.meetings;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.nennep.auth.Access;
import vn.nennep.imports.spi.Binder;
import vn.nennep.imports.spi.ImportColumns;
import vn.nennep.imports.spi.ImportFormat;
import vn.nennep.imports.spi.ImportTemplate;
import vn.nennep.imports.spi.Importer;
import vn.nennep.imports.spi.RowHandler;

/** {@code POST /imports/meetings}: meeting records in bulk, by the fast path of {@link MeetingRows}. */
@ApplicationScoped
class MeetingImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "branchId", "branchExternalId", "kind", "theme", "topic", "scheduledAt",
                    "startedAt", "endedAt", "held", "chair", "minuteTaker", "membersTotal", "present", "excused",
                    "unexcused", "exempt", "conclusions", "draftSentOn", "resolutionReportedOn", "pilot", "combined",
                    "vote.inFavour", "vote.voters"),
            Map.ofEntries(
                    Map.entry("chibo", "branchId"), Map.entry("chibomangoai", "branchExternalId"),
                    Map.entry("loai", "kind"), Map.entry("loaisinhhoat", "kind"), Map.entry("chuyende", "theme"),
                    Map.entry("noidung", "topic"), Map.entry("dukien", "scheduledAt"),
                    Map.entry("batdau", "startedAt"), Map.entry("ketthuc", "endedAt"),
                    Map.entry("dadienra", "held"), Map.entry("chutri", "chair"), Map.entry("thuky", "minuteTaker"),
                    Map.entry("tongsodangvien", "membersTotal"), Map.entry("comat", "present"),
                    Map.entry("vangcolydo", "excused"), Map.entry("vangkhonglydo", "unexcused"),
                    Map.entry("mien", "exempt"), Map.entry("miensinhhoat", "exempt"),
                    Map.entry("ketluan", "conclusions"), Map.entry("gopchung", "combined"),
                    Map.entry("diemnhan", "pilot"), Map.entry("tanthanh", "vote.inFavour"),
                    Map.entry("sobieuquyet", "vote.voters"), Map.entry("guiduthao", "draftSentOn"),
                    Map.entry("baocaonghiquyet", "resolutionReportedOn")),
            List.of("externalId", "kind"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-bien-ban-sinh-hoat",
            List.of("Mã ngoài", "Chi bộ (mã ngoài)", "Loại", "Chuyên đề", "Nội dung", "Bắt đầu", "Kết thúc",
                    "Chủ trì", "Thư ký", "Tổng số đảng viên", "Có mặt", "Vắng có lý do", "Vắng không lý do",
                    "Miễn sinh hoạt", "Kết luận", "Tán thành", "Số biểu quyết"),
            List.of("MAU-BB-2025-03", ImportTemplate.BRANCH, "REGULAR", "", "Sinh hoạt thường kỳ tháng 3/2025",
                    "2025-03-05T19:30:00+07:00", "2025-03-05T21:15:00+07:00", "Nguyễn Văn Mẫu", "Trần Thị Mẫu",
                    "24", "21", "2", "0", "1",
                    "Thống nhất kế hoạch làm đường giao thông nông thôn, giao chi ủy theo dõi", "21", "21"));
    private static final ImportFormat FORMAT = new ImportFormat("meetings", COLUMNS, TEMPLATE);

    private final Binder binder;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final MeetingWriter writer;
    private final MeetingContexts contexts;
    private final Access access;
    private final EntityManager em;
    private final MeetingService meetings;

    MeetingImporter(Binder binder, DataSource dataSource, ObjectMapper json, MeetingWriter writer,
            MeetingContexts contexts, Access access, EntityManager em, MeetingService meetings) {
        this.binder = binder;
        this.dataSource = dataSource;
        this.json = json;
        this.writer = writer;
        this.contexts = contexts;
        this.access = access;
        this.em = em;
        this.meetings = meetings;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        return new MeetingRows(new MeetingBinding(binder, dataSource), new MeetingCopy(json), writer, contexts, access,
                em, meetings);
    }
}
