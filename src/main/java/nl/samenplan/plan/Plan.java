package nl.samenplan.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one integrated support plan of a client (one per client, a unique key in the database). Owned
 * by the client, written with them; the person who started it is its owner in the team.
 */
@Entity
@Table(name = "plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false, unique = true)
    private Long clientId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "owner_name", nullable = false, length = PlanRules.MAX_PERSON_NAME)
    @Size(max = PlanRules.MAX_PERSON_NAME)
    private String ownerName;

    @Column(name = "answer_can_do_self", length = PlanRules.MAX_ANSWER)
    @Size(max = PlanRules.MAX_ANSWER)
    private String answerCanDoSelf;

    @Column(name = "answer_needs", length = PlanRules.MAX_ANSWER)
    @Size(max = PlanRules.MAX_ANSWER)
    private String answerNeeds;

    @Column(name = "answer_will_do", length = PlanRules.MAX_ANSWER)
    @Size(max = PlanRules.MAX_ANSWER)
    private String answerWillDo;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "agreed_with", length = PlanRules.MAX_AGREED_WITH)
    @Size(max = PlanRules.MAX_AGREED_WITH)
    private String agreedWith;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = PlanRules.MAX_PERSON_NAME)
    @Size(max = PlanRules.MAX_PERSON_NAME)
    private String updatedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<PlanGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Agreement> agreements = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<LifeAreaAssessment> assessments = new ArrayList<>();

    protected Plan() {
    }

    Plan(long clientId, long ownerId, String ownerName, Instant now) {
        this.clientId = clientId;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.updatedAt = now;
        this.updatedBy = ownerName;
    }

    /**
     * Takes over a checked plan document (see PlanRules): answers, goals and agreements by key, and a
     * new assessment when the scores changed. Returns the new revision number.
     */
    int apply(PlanContent content, LocalDate today, Instant now, String author) {
        this.answerCanDoSelf = blankToNull(content.answerCanDoSelf());
        this.answerNeeds = blankToNull(content.answerNeeds());
        this.answerWillDo = blankToNull(content.answerWillDo());
        this.agreedOn = content.agreedOn();
        this.agreedWith = blankToNull(content.agreedWith());
        this.reviewDate = content.reviewDate();

        Map<String, PlanGoal> goalsByKey = new HashMap<>();
        Map<String, PlanGoal> existingGoals = new HashMap<>();
        goals.forEach(g -> existingGoals.put(g.key(), g));
        List<PlanGoal> keptGoals = new ArrayList<>();
        int order = 0;
        for (PlanContent.GoalItem item : content.goals()) {
            PlanGoal goal = item.key() == null ? null : existingGoals.get(item.key());
            if (goal == null) {
                goal = new PlanGoal(this);
            }
            goal.change(item.lifeAreaId(), item.text().strip(), order++);
            keptGoals.add(goal);
            if (item.key() != null) {
                goalsByKey.put(item.key(), goal);
            }
        }

        Map<String, Agreement> existingAgreements = new HashMap<>();
        agreements.forEach(a -> existingAgreements.put(a.key(), a));
        List<Agreement> keptAgreements = new ArrayList<>();
        order = 0;
        for (PlanContent.AgreementItem item : content.agreements()) {
            Agreement agreement = item.key() == null ? null : existingAgreements.get(item.key());
            if (agreement == null) {
                agreement = new Agreement(this, now);
            }
            agreement.change(item, item.goalKey() == null ? null : goalsByKey.get(item.goalKey()), order++);
            keptAgreements.add(agreement);
        }
        agreements.retainAll(keptAgreements);
        keptAgreements.stream().filter(a -> !agreements.contains(a)).forEach(agreements::add);
        agreements.sort(Comparator.comparingInt(Agreement::getSortOrder));
        goals.retainAll(keptGoals);
        keptGoals.stream().filter(g -> !goals.contains(g)).forEach(goals::add);
        goals.sort(Comparator.comparingInt(PlanGoal::getSortOrder));

        revisionNo++;
        if (!content.scores().equals(currentScores())) {
            assessments.add(new LifeAreaAssessment(this, today, revisionNo, content.scores()));
        }
        this.updatedAt = now;
        this.updatedBy = author;
        return revisionNo;
    }

    /** A decision on one agreement (an indication) is a new version of the plan too. */
    int recordDecision(Instant now, String author) {
        revisionNo++;
        this.updatedAt = now;
        this.updatedBy = author;
        return revisionNo;
    }

    /** The plan as one document, with the keys of saved goals and agreements. */
    PlanContent content() {
        return new PlanContent(answerCanDoSelf, answerNeeds, answerWillDo, currentScores(),
                goals.stream().map(g -> new PlanContent.GoalItem(g.key(), g.getLifeAreaId(), g.getText())).toList(),
                agreements.stream().map(Agreement::item).toList(), agreedOn, agreedWith, reviewDate);
    }

    Map<Long, Integer> currentScores() {
        return assessments.isEmpty() ? Map.of() : assessments.get(assessments.size() - 1).getScores();
    }

    Map<Long, Integer> previousScores() {
        return assessments.size() < 2 ? Map.of() : assessments.get(assessments.size() - 2).getScores();
    }

    LocalDate previousAssessedOn() {
        return assessments.size() < 2 ? null : assessments.get(assessments.size() - 2).getAssessedOn();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getOwnerName() {
        return ownerName;
    }

    int getRevisionNo() {
        return revisionNo;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    LocalDate getReviewDate() {
        return reviewDate;
    }

    LocalDate getAgreedOn() {
        return agreedOn;
    }

    List<Agreement> getAgreements() {
        return agreements;
    }

    List<PlanGoal> getGoals() {
        return goals;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Plan other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Plan.class.hashCode();
    }
}
