package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import vn.thidua.commendation.RecipientType;

/** A part a nominee's own dossier needs, for an award and a kind of recipient (null columns match anything). */
@Entity
@Table(name = "cmd_dossier_requirement")
public class DossierRequirement {

    @Id
    private Long id;

    @Column(name = "part", nullable = false, length = 32)
    @Getter private String part;

    @Column(name = "award_code", length = 64)
    private String awardCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", length = 16)
    private RecipientType recipientType;

    @Column(name = "category", length = 32)
    private String category;

    @Column(name = "basis", nullable = false, length = 500)
    private String basis;

    protected DossierRequirement() {
    }

    /** True when a nominee for {@code award}, of this type and category (unit kind or position), needs the part. */
    public boolean appliesTo(String award, RecipientType type, String recipientCategory) {
        return (awardCode == null || awardCode.equals(award)) && (recipientType == null || recipientType == type)
                && (category == null || category.equals(recipientCategory));
    }
}
