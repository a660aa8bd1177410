package vn.nennep.recommendations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A field's names and how many days the addressed body has to answer by default (a row, not a release). */
@Entity
@Table(name = "recommendation_fields")
public class FieldSetting extends PanacheEntityBase {

    @Id
    public String code;

    public int position;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "due_days")
    public int dueDays;
}
