package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import vn.thidua.campaigns.Initiative;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A recognised initiative with its authors. */
@Entity
@Table(name = "cmp_initiative")
@NamedQuery(name = "InitiativeRecord.latest", query = "select i from InitiativeRecord i order by i.recognisedOn desc, i.id desc")
@NamedQuery(name = "InitiativeRecord.byAuthors",
        query = "select i.id, i.title, i.kind, i.scope, i.recognisedOn, i.decisionNumber, a"
                + " from InitiativeRecord i join i.authorCodes a where i.recognisedOn between :from and :to"
                + " and i.id in (select m.id from InitiativeRecord m join m.authorCodes ma where ma in :codes)"
                + " order by i.id")
public class InitiativeRecord extends IdentifiedEntity {

    @Column(name = "title", nullable = false, length = 500)
    @Getter private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private InitiativeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 16)
    private InitiativeScope scope;

    @Column(name = "recognised_on", nullable = false)
    private LocalDate recognisedOn;

    @Column(name = "decision_number", nullable = false, length = 128)
    @Getter private String decisionNumber;

    @Column(name = "unit_path", nullable = false, length = 1000)
    @Getter private String unitPath;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_initiative_author", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "person_code", length = 64)
    @Getter private List<String> authorCodes = new ArrayList<>();

    @Column(name = "field", length = 200)
    @Getter private String field;

    @Column(name = "recognising_body", length = 500)
    @Getter private String recognisingBody;

    @Column(name = "effect", length = 10000)
    @Getter private String effect;

    @Column(name = "search_text", length = 500)
    private String searchText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_initiative_document", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "document_id")
    @Getter private List<Long> documentIds = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 128)
    private String recordedBy;

    protected InitiativeRecord() {
    }

    public InitiativeRecord(String title, InitiativeKind kind, InitiativeScope scope, LocalDate recognisedOn,
                            String decisionNumber, String unitPath, List<String> authorCodes, OffsetDateTime recordedAt,
                            String recordedBy) {
        this.title = title;
        this.kind = kind;
        this.scope = scope;
        this.recognisedOn = recognisedOn;
        this.decisionNumber = decisionNumber;
        this.unitPath = unitPath;
        this.authorCodes = new ArrayList<>(authorCodes);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The registry's details; the search text is the title without case and diacritics. */
    public void describe(String field, String recognisingBody, String effect, String searchText) {
        this.field = field;
        this.recognisingBody = recognisingBody;
        this.effect = effect;
        this.searchText = searchText;
    }

    public vn.thidua.campaigns.InitiativeKind getKind() {
        return kind;
    }

    public vn.thidua.campaigns.InitiativeScope getScope() {
        return scope;
    }

    public java.time.LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    public Initiative toInitiative() {
        return new Initiative(getId(), title, kind, scope, recognisedOn, decisionNumber, List.copyOf(authorCodes));
    }
}
