package vn.nennep.organizations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.nennep.imports.spi.Binder;
import vn.nennep.imports.spi.ImportColumns;
import vn.nennep.imports.spi.ImportFormat;
import vn.nennep.imports.spi.ImportTemplate;
import vn.nennep.imports.spi.Importer;
import vn.nennep.imports.spi.RecordRows;
import vn.nennep.imports.spi.RecordRows.Outcome;
import vn.nennep.imports.spi.RecordRows.Reference;
import vn.nennep.imports.spi.RowHandler;

/** {@code POST /imports/organizations}: each row created or updated through {@link OrganizationService}. */
@ApplicationScoped
class OrganizationImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "code", "name", "type", "parentId", "parentExternalId", "memberCount"),
            Map.ofEntries(
                    Map.entry("ma", "code"), Map.entry("maso", "code"), Map.entry("ten", "name"),
                    Map.entry("tentochuc", "name"), Map.entry("loai", "type"), Map.entry("captren", "parentId"),
                    Map.entry("captrenmangoai", "parentExternalId"), Map.entry("machatren", "parentId"),
                    Map.entry("sodangvien", "memberCount")),
            List.of("externalId", "code", "name", "type"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-to-chuc-dang",
            List.of("Mã ngoài", "Mã", "Tên", "Loại", "Cấp trên (mã ngoài)", "Số đảng viên"),
            List.of("MAU-CB-02", "MAU-CB-02", "Chi bộ thôn Mẫu", "BRANCH", ImportTemplate.COMMUNE, "25"));
    private static final ImportFormat FORMAT = new ImportFormat("organizations", COLUMNS, TEMPLATE);

    private final RecordRows records;
    private final Binder binder;
    private final OrganizationService organizations;

    OrganizationImporter(RecordRows records, Binder binder, OrganizationService organizations) {
        this.records = records;
        this.binder = binder;
        this.organizations = organizations;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        return records.handler(FORMAT.resource(), List.of(new Reference("parent", "organizations")), row -> {
            OrganizationRequest r = binder.bind(row.data(), OrganizationRequest.class, row.number(), row.locale(),
                    row.errors());
            if (r == null) {
                return Outcome.REFUSED;
            }
            if (row.id() == null) {
                organizations.create(r);
            } else {
                organizations.update(row.id(), row.ifMatch(), r);
            }
            return Outcome.WRITTEN;
        });
    }
}
