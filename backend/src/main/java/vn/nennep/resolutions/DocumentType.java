package vn.nennep.resolutions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A kind of party document (nghị quyết, kế hoạch, chỉ thị...), as data: its code in numbers and its names. */
@Entity
@Table(name = "document_types")
public class DocumentType extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** Every known code, for parsing document numbers. */
    public static List<String> codes() {
        return DocumentType.<DocumentType>listAll().stream().map(t -> t.code).toList();
    }
}
