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
import vn.thidua.commendation.internal.rules.Condition;
import vn.thidua.commendation.internal.rules.ConditionKind;

/** One condition of a rule set for an award, with its parameters and legal basis. */
@Entity
@Table(name = "cmd_rule")
@NamedQuery(name = "RuleRecord.allOf", query = "select r from RuleRecord r where r.ruleSet = :ruleSet"
        + " order by r.awardCode, r.order")
@NamedQuery(name = "RuleRecord.of", query = "select r from RuleRecord r where r.ruleSet = :ruleSet"
        + " and r.awardCode = :awardCode order by r.order")
public class RuleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id", nullable = false)
    private RuleSetRecord ruleSet;

    @Column(name = "award_code", nullable = false, length = 64)
    private String awardCode;

    @Column(name = "rule_order", nullable = false)
    private int order;

    @Column(name = "rule_key", nullable = false, length = 64)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private ConditionKind kind;

    @Column(name = "parameters", nullable = false, length = 1000)
    private String parameters;

    @Column(name = "alternative_group", length = 64)
    private String alternativeGroup;

    @Column(name = "basis", nullable = false, length = 1000)
    private String basis;

    protected RuleRecord() {
    }

    /** A copy of this rule for another version, with other parameters. */
    public RuleRecord copyFor(RuleSetRecord version, String newParameters) {
        RuleRecord copy = new RuleRecord();
        copy.ruleSet = version;
        copy.awardCode = awardCode;
        copy.order = order;
        copy.key = key;
        copy.kind = kind;
        copy.parameters = newParameters;
        copy.alternativeGroup = alternativeGroup;
        copy.basis = basis;
        return copy;
    }

    public Long getId() {
        return id;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public String getKey() {
        return key;
    }

    public ConditionKind getKind() {
        return kind;
    }

    public String getParameters() {
        return parameters;
    }

    public String getAlternativeGroup() {
        return alternativeGroup;
    }

    public String getBasis() {
        return basis;
    }

    public Condition toCondition() {
        return new Condition(key, kind, Condition.parameters(parameters), alternativeGroup, basis);
    }
}
