package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import vn.thidua.commendation.Nominations;

/** Where the variable text goes on one kind of pre-printed blank (millimetres, A4 landscape). */
@Entity
@Table(name = "cmd_certificate_layout")
public class CertificateLayout {

    @Id
    @Column(name = "code", length = 64)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_x", nullable = false)
    private int nameX;
    @Column(name = "name_y", nullable = false)
    private int nameY;
    @Column(name = "unit_x", nullable = false)
    private int unitX;
    @Column(name = "unit_y", nullable = false)
    private int unitY;
    @Column(name = "reason_x", nullable = false)
    private int reasonX;
    @Column(name = "reason_y", nullable = false)
    private int reasonY;
    @Column(name = "decision_x", nullable = false)
    private int decisionX;
    @Column(name = "decision_y", nullable = false)
    private int decisionY;
    @Column(name = "register_x", nullable = false)
    private int registerX;
    @Column(name = "register_y", nullable = false)
    private int registerY;

    /** The awards this blank is printed for, comma-separated codes. */
    @Column(name = "award_codes", nullable = false, length = 500)
    private String awardCodes = "";

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected CertificateLayout() {
    }

    public vn.thidua.commendation.Certificates.LayoutDetails view() {
        return new vn.thidua.commendation.Certificates.LayoutDetails(code, name, nameX, nameY, unitX, unitY, reasonX, reasonY, decisionX, decisionY,
                registerX, registerY, version, awardCodes.isBlank() ? java.util.List.of()
                        : java.util.List.of(awardCodes.split(",")));
    }

    public void update(vn.thidua.commendation.Certificates.LayoutDetails v) {
        this.name = v.name();
        this.nameX = v.nameX();
        this.nameY = v.nameY();
        this.unitX = v.unitX();
        this.unitY = v.unitY();
        this.reasonX = v.reasonX();
        this.reasonY = v.reasonY();
        this.decisionX = v.decisionX();
        this.decisionY = v.decisionY();
        this.registerX = v.registerX();
        this.registerY = v.registerY();
    }
}
