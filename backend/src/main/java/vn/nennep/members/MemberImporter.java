package vn.nennep.members;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
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

/** {@code POST /imports/members}: each row created or updated through {@link MemberService}, in its branch. */
@ApplicationScoped
class MemberImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "fullName", "status", "exempt", "exemptReason", "joinedOn", "organizationId",
                    "organizationExternalId"),
            Map.ofEntries(
                    Map.entry("hoten", "fullName"), Map.entry("hovaten", "fullName"), Map.entry("ten", "fullName"),
                    Map.entry("tinhtrang", "status"), Map.entry("loaidangvien", "status"),
                    Map.entry("mien", "exempt"), Map.entry("miensinhhoat", "exempt"),
                    Map.entry("lydomien", "exemptReason"), Map.entry("ngayvaodang", "joinedOn"),
                    Map.entry("chibo", "organizationId"), Map.entry("chibomangoai", "organizationExternalId")),
            List.of("externalId", "fullName", "status"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-dang-vien",
            List.of("Mã ngoài", "Chi bộ (mã ngoài)", "Họ và tên", "Loại đảng viên", "Ngày vào Đảng",
                    "Miễn sinh hoạt", "Lý do miễn"),
            List.of("MAU-DV-0001", ImportTemplate.BRANCH, "Nguyễn Văn Mẫu", "FULL", "2010-05-19", "false", ""));
    private static final ImportFormat FORMAT = new ImportFormat("members", COLUMNS, TEMPLATE);

    private final RecordRows records;
    private final Binder binder;
    private final MemberService members;

    MemberImporter(RecordRows records, Binder binder, MemberService members) {
        this.records = records;
        this.binder = binder;
        this.members = members;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        return records.handler(FORMAT.resource(), List.of(new Reference("organization", "organizations")), row -> {
            UUID branch = row.requiredId("organizationId", "organizationExternalId");
            MemberRequest r = binder.bind(row.data(), MemberRequest.class, row.number(), row.locale(), row.errors());
            if (r == null || branch == null) {
                return Outcome.REFUSED;
            }
            if (row.id() == null) {
                members.create(branch, r);
            } else {
                members.update(branch, row.id(), row.ifMatch(), r);
            }
            return Outcome.WRITTEN;
        });
    }
}
