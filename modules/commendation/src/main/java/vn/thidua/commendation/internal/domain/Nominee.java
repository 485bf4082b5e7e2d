package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.commendation.RecipientType;

/**
 * A person or collective proposed in a batch for one award, with the verdict frozen at submission, the
 * specialist's override of a failed rule (with its reason), the appraisal and, once decided, the record.
 */
@Entity
@Table(name = "cmd_nominee")
@NamedQuery(name = "Nominee.ofBatch", query = "select n from Nominee n where n.batch = :batch order by n.id")
public class Nominee {

    public enum Appraisal { PASS, FAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private NominationBatch batch;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false, updatable = false, length = 16)
    private RecipientType recipientType;

    @Column(name = "recipient_code", nullable = false, updatable = false, length = 64)
    private String recipientCode;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 500)
    private String recipientName;

    @Column(name = "award_code", nullable = false, updatable = false, length = 64)
    private String awardCode;

    /** The unit's kind (collectives) or the person's position category when nominated, for the dossier's parts. */
    @Column(name = "recipient_category", updatable = false, length = 32)
    private String recipientCategory;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    @Column(name = "added_by", nullable = false, updatable = false, length = 128)
    private String addedBy;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Column(name = "submitted_eligible")
    private Boolean submittedEligible;

    /** ELIGIBLE, NOT_ELIGIBLE or MANUAL at submission; null for batches submitted before it was kept. */
    @Column(name = "submitted_outcome", length = 16)
    private String submittedOutcome;

    @Column(name = "submitted_rule_set", length = 64)
    private String submittedRuleSet;

    @Column(name = "submitted_verdict", length = 20000)
    private String submittedVerdict;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Column(name = "override_by", length = 128)
    private String overrideBy;

    @Column(name = "permission_request", length = 2000)
    private String permissionRequest;

    @Column(name = "permission_requested_by", length = 128)
    private String permissionRequestedBy;

    @Column(name = "permission_requested_at")
    private OffsetDateTime permissionRequestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "appraisal", length = 8)
    private Appraisal appraisal;

    @Column(name = "appraisal_reason", length = 2000)
    private String appraisalReason;

    @Column(name = "appraised_by", length = 128)
    private String appraisedBy;

    @Column(name = "appraised_at")
    private OffsetDateTime appraisedAt;

    @Column(name = "commendation_id")
    private Long commendationId;

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

    public String getPermissionRequest() {
        return permissionRequest;
    }

    public String getPermissionRequestedBy() {
        return permissionRequestedBy;
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

    public Long getId() {
        return id;
    }

    public NominationBatch getBatch() {
        return batch;
    }

    public RecipientType getRecipientType() {
        return recipientType;
    }

    public String getRecipientCode() {
        return recipientCode;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientCategory() {
        return recipientCategory;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public Boolean getSubmittedEligible() {
        return submittedEligible;
    }

    public String getSubmittedOutcome() {
        return submittedOutcome;
    }

    public String getSubmittedRuleSet() {
        return submittedRuleSet;
    }

    public String getSubmittedVerdict() {
        return submittedVerdict;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public Appraisal getAppraisal() {
        return appraisal;
    }

    public String getAppraisalReason() {
        return appraisalReason;
    }

    public String getAppraisedBy() {
        return appraisedBy;
    }

    public Long getCommendationId() {
        return commendationId;
    }
}
