package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.persistence.IdentifiedEntity;

/**
 * A person or collective proposed in a batch for one award, with the verdict frozen at submission, the
 * specialist's override of a failed rule (with its reason), the appraisal and, once decided, the record.
 */
@Entity
@Table(name = "cmd_nominee")
@NamedQuery(name = "Nominee.ofBatch", query = "select n from Nominee n where n.batch = :batch order by n.id")
public class Nominee extends IdentifiedEntity {

    public enum Appraisal { PASS, FAIL }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    @Getter private NominationBatch batch;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false, updatable = false, length = 16)
    @Getter private RecipientType recipientType;

    @Column(name = "recipient_code", nullable = false, updatable = false, length = 64)
    @Getter private String recipientCode;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 500)
    @Getter private String recipientName;

    @Column(name = "award_code", nullable = false, updatable = false, length = 64)
    @Getter private String awardCode;

    /** The unit's kind (collectives) or the person's position category when nominated, for the dossier's parts. */
    @Column(name = "recipient_category", updatable = false, length = 32)
    @Getter private String recipientCategory;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    @Column(name = "added_by", nullable = false, updatable = false, length = 128)
    private String addedBy;

    @Column(name = "withdrawn", nullable = false)
    @Getter private boolean withdrawn;

    @Column(name = "submitted_eligible")
    @Getter private Boolean submittedEligible;

    /** ELIGIBLE, NOT_ELIGIBLE or MANUAL at submission; null for batches submitted before it was kept. */
    @Column(name = "submitted_outcome", length = 16)
    @Getter private String submittedOutcome;

    @Column(name = "submitted_rule_set", length = 64)
    @Getter private String submittedRuleSet;

    @Column(name = "submitted_verdict", length = 20000)
    @Getter private String submittedVerdict;

    @Column(name = "override_reason", length = 2000)
    @Getter private String overrideReason;

    @Column(name = "override_by", length = 128)
    @Getter private String overrideBy;

    @Column(name = "permission_request", length = 2000)
    @Getter private String permissionRequest;

    @Column(name = "permission_requested_by", length = 128)
    @Getter private String permissionRequestedBy;

    @Column(name = "permission_requested_at")
    private OffsetDateTime permissionRequestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "appraisal", length = 8)
    @Getter private Appraisal appraisal;

    @Column(name = "appraisal_reason", length = 2000)
    @Getter private String appraisalReason;

    @Column(name = "appraised_by", length = 128)
    @Getter private String appraisedBy;

    @Column(name = "appraised_at")
    private OffsetDateTime appraisedAt;

    @Column(name = "commendation_id")
    @Getter private Long commendationId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Nominee() {
    }

    public Nominee(NominationBatch batch, RecipientType recipientType, String recipientCode, String recipientName,
                   String recipientCategory, String awardCode, OffsetDateTime addedAt, String addedBy) {
        this.recipientCategory = recipientCategory;
        this.batch = batch;
        this.recipientType = recipientType;
        this.recipientCode = recipientCode;
        this.recipientName = recipientName;
        this.awardCode = awardCode;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public void withdraw() {
        withdrawn = true;
    }

    /** The verdict as it was when the batch was submitted (a copy; the current one is computed anew). */
    public void freeze(boolean eligible, String outcome, String ruleSet, String verdict) {
        this.submittedEligible = eligible;
        this.submittedOutcome = outcome;
        this.submittedRuleSet = ruleSet;
        this.submittedVerdict = verdict.length() > 20000 ? verdict.substring(0, 20000) : verdict;
    }

    public void override(String reason, String by) {
        this.overrideReason = reason;
        this.overrideBy = by;
    }

    /** The unit asks the office for leave to submit a nominee the rules refuse. */
    public void requestPermission(String reason, String by, OffsetDateTime at) {
        this.permissionRequest = reason;
        this.permissionRequestedBy = by;
        this.permissionRequestedAt = at;
    }

    public void appraise(Appraisal result, String reason, String by, OffsetDateTime at) {
        this.appraisal = result;
        this.appraisalReason = reason;
        this.appraisedBy = by;
        this.appraisedAt = at;
    }

    public void decided(long commendationId) {
        this.commendationId = commendationId;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("batchId", batch.getId());
        values.put("recipientType", recipientType);
        values.put("recipientCode", recipientCode);
        values.put("awardCode", awardCode);
        values.put("withdrawn", withdrawn);
        values.put("submittedEligible", submittedEligible);
        values.put("submittedOutcome", submittedOutcome);
        values.put("overrideReason", overrideReason);
        values.put("permissionRequest", permissionRequest);
        values.put("appraisal", appraisal);
        values.put("appraisalReason", appraisalReason);
        values.put("commendationId", commendationId);
        return values;
    }
}
