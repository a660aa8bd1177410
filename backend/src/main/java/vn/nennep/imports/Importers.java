package vn.nennep.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.TreeMap;
import vn.nennep.common.NotFound;
import vn.nennep.imports.spi.Importer;

/** The resources that can be imported: every {@link Importer} bean, by its resource name. */
@ApplicationScoped
class Importers {

    private final Map<String, Importer> byResource = new TreeMap<>();

    Importers(@Any Instance<Importer> importers) {
        for (Importer importer : importers) {
            Importer earlier = byResource.put(importer.format().resource(), importer);
            if (earlier != null) {
                throw new IllegalStateException("two importers of " + importer.format().resource());
            }
        }
    }

    /** The importer of {@code resource}; 404 when nothing of that name is imported. */
    Importer of(String resource) {
        Importer importer = byResource.get(resource);
        if (importer == null) {
            throw new NotFound("resource.import", resource);
        }
        return importer;
    }
}
