package nl.samenplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.samenplan.base.InvalidInputException;
import nl.samenplan.catalog.FundingDomain;

/**
 * A support agreement (afspraak): who does what, how often, from when, for which goal, at which rung
 * of the ladder. Professional care carries its funding domain. Designed for the routing rules: need
 * category, rung and provider are separate fields.
 */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    /** The client's team (it never changes), for counting a team's agreements without joins. */
    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private PlanGoal goal;

    @Column(nullable = false, length = PlanRules.MAX_WHAT)
    @NotBlank
    @Size(max = PlanRules.MAX_WHAT)
    private String description;

    @Column(name = "need_category_id", nullable = false)
    private Long needCategoryId;

    @Convert(converter = SupportRungConverter.class)
    @Column(nullable = false)
    private SupportRung rung;

    @Column(name = "network_member_id")
    private Long networkMemberId;

    @Column(name = "provider_name", length = PlanRules.MAX_PROVIDER)
    @Size(max = PlanRules.MAX_PROVIDER)
    private String providerName;

    @Column(length = PlanRules.MAX_ORGANISATION)
    @Size(max = PlanRules.MAX_ORGANISATION)
    private String organisation;

    @Column(length = PlanRules.MAX_FREQUENCY)
    @Size(max = PlanRules.MAX_FREQUENCY)
    private String frequency;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_domain", length = 10)
    private FundingDomain fundingDomain;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "escalation_reason", length = PlanRules.MAX_ESCALATION)
    @Size(max = PlanRules.MAX_ESCALATION)
    private String escalationReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_state", length = 20)
    private PlanContent.ApprovalState approval;

    @Column(name = "proposed_by", length = PlanRules.MAX_PERSON_NAME)
    @Size(max = PlanRules.MAX_PERSON_NAME)
    private String proposedBy;

    @Column(name = "decided_by", length = PlanRules.MAX_PERSON_NAME)
    @Size(max = PlanRules.MAX_PERSON_NAME)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_remark", length = PlanRules.MAX_REMARK)
    @Size(max = PlanRules.MAX_REMARK)
    private String decisionRemark;

    /** Professional care is reviewed on this date: can it move down the ladder? */
    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The user (team member or volunteer) who gets this agreement's tasks; never for the own network. */
    @Column(name = "assignee_id")
    private Long assigneeId;

    /** The volunteer of the register on rung 2 (counts towards their weekly maximum). */
    @Column(name = "volunteer_id")
    private Long volunteerId;

    /** The need (hulpvraag) of the workflow this agreement answers, if it came from one. */
    @Column(name = "need_id")
    private Long needId;

    protected Agreement() {
    }

    Agreement(Plan plan, Instant createdAt) {
        this.plan = plan;
        this.createdAt = createdAt;
    }

    /** Takes over a checked item (see PlanRules). */
    void change(PlanContent.AgreementItem item, PlanGoal newGoal, int newSortOrder) {
        this.description = item.what().strip();
        this.needCategoryId = item.needCategoryId();
        this.rung = item.rung();
        this.networkMemberId = item.rung() == SupportRung.EIGEN_NETWERK ? item.networkMemberId() : null;
        this.providerName = blankToNull(item.providerName());
        this.organisation = item.rung().isProfessional() ? blankToNull(item.organisation()) : null;
        this.frequency = blankToNull(item.frequency());
        this.startDate = item.startDate();
        this.endDate = item.endDate();
        this.fundingDomain = item.rung().isProfessional() ? item.fundingDomain() : null;
        this.assigneeId = item.rung() == SupportRung.EIGEN_NETWERK ? null : item.assigneeId();
        this.volunteerId = item.rung() == SupportRung.VRIJWILLIGERS ? item.volunteerId() : null;
        this.needId = item.needId();
        this.goal = newGoal;
        this.sortOrder = newSortOrder;
        this.escalationReason = item.rung().isProfessional() ? blankToNull(item.escalationReason()) : null;
        if (!item.rung().isProfessional()) {
            this.approval = null;
            this.proposedBy = null;
            this.decidedBy = null;
            this.decidedOn = null;
            this.decisionRemark = null;
            this.reviewDate = null;
        } else if (item.reviewDate() != null) {
            this.reviewDate = item.reviewDate();
        }
    }

    /** Records the client's team on a new agreement (before it is first written). */
    void placeInTeam(long team) {
        if (this.teamId == null) {
            this.teamId = team;
        }
    }

    /** Proposed by someone who may not indicate this domain: it waits in the approvers' inbox. */
    void awaitApproval(String proposer) {
        this.approval = PlanContent.ApprovalState.TER_GOEDKEURING;
        this.proposedBy = proposer;
        this.decidedBy = null;
        this.decidedOn = null;
        this.decisionRemark = null;
    }

    /** The indication: who decided, when, with an optional remark; approved care gets a review date. */
    void decide(boolean approved, String decider, LocalDate on, String remark, LocalDate review) {
        if (remark != null && remark.strip().length() > PlanRules.MAX_REMARK) {
            throw new InvalidInputException("remark", "error.approval.remarkTooLong", PlanRules.MAX_REMARK);
        }
        this.approval = approved ? PlanContent.ApprovalState.GOEDGEKEURD : PlanContent.ApprovalState.AFGEWEZEN;
        this.decidedBy = decider;
        this.decidedOn = on;
        this.decisionRemark = blankToNull(remark);
        if (approved && this.reviewDate == null) {
            this.reviewDate = review;
        }
        if (proposedBy == null) {
            this.proposedBy = decider;
        }
    }

    PlanContent.ApprovalState getApproval() {
        return approval;
    }

    FundingDomain getFundingDomain() {
        return fundingDomain;
    }

    Long getNeedCategoryId() {
        return needCategoryId;
    }

    LocalDate getReviewDate() {
        return reviewDate;
    }

    String getProposedBy() {
        return proposedBy;
    }

    String getEscalationReason() {
        return escalationReason;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    Long getNeedId() {
        return needId;
    }

    Long getVolunteerId() {
        return volunteerId;
    }

    String getFrequency() {
        return frequency;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Plan getPlan() {
        return plan;
    }

    PlanContent.AgreementItem item() {
        return new PlanContent.AgreementItem(key(), description, needCategoryId, rung, networkMemberId, providerName,
                organisation, frequency, startDate, endDate, fundingDomain, goal == null ? null : goal.key(),
                escalationReason, approval, proposedBy, decidedBy, decidedOn, decisionRemark, reviewDate, assigneeId, volunteerId, needId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getId() {
        return id;
    }

    String key() {
        return "a" + id;
    }

    PlanGoal getGoal() {
        return goal;
    }

    void forgetGoal() {
        this.goal = null;
    }

    SupportRung getRung() {
        return rung;
    }

    Long getNetworkMemberId() {
        return networkMemberId;
    }

    String getProviderName() {
        return providerName;
    }

    String getOrganisation() {
        return organisation;
    }

    String getDescription() {
        return description;
    }

    int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agreement other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Agreement.class.hashCode();
    }
}
