package nl.samenplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Every save of a plan: who, when, what changed, and the whole plan as it then was (JSON). */
@Entity
@Table(name = "plan_revision")
class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = PlanRules.MAX_PERSON_NAME)
    @Size(max = PlanRules.MAX_PERSON_NAME)
    private String authorName;

    @Column(length = PlanRules.MAX_SUMMARY)
    @Size(max = PlanRules.MAX_SUMMARY)
    private String summary;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String snapshot;

    /** Made by accepting a proposal (one agreement added in one action), not by a save of the plan page. */
    @Column(name = "from_proposal", nullable = false)
    private boolean fromProposal;

    /** The later revision this one is part of (accepted proposals in a row by one person are one version). */
    @Column(name = "folded_into")
    private Integer foldedInto;

    protected PlanRevision() {
    }

    PlanRevision(long planId, int revisionNo, Instant createdAt, long authorId, String authorName, String summary,
            String snapshot) {
        this.planId = planId;
        this.revisionNo = revisionNo;
        this.createdAt = createdAt;
        this.authorId = authorId;
        this.authorName = authorName;
        this.summary = fitted(summary);
        this.snapshot = snapshot;
    }

    /**
     * The summary is written by Samenplan, not typed: with very many changed life areas it could outgrow its
     * column, so it keeps whole changes ("key|parameter", joined by ";") up to the limit, or a shortened list.
     */
    static String fitted(String summary) {
        if (summary == null || summary.length() <= PlanRules.MAX_SUMMARY) {
            return summary;
        }
        int lastWhole = summary.lastIndexOf(';', PlanRules.MAX_SUMMARY);
        if (lastWhole > 0) {
            return summary.substring(0, lastWhole);
        }
        int lastName = summary.lastIndexOf(", ", PlanRules.MAX_SUMMARY - 1);
        return summary.substring(0, lastName > 0 ? lastName : PlanRules.MAX_SUMMARY - 1) + "…";
    }

    PlanRevision fromProposal() {
        this.fromProposal = true;
        return this;
    }

    /** Whether an accepted proposal by this author at {@code at} continues this revision's version. */
    boolean continuedBy(long author, Instant at, java.time.Duration window) {
        return fromProposal && foldedInto == null && authorId == author && !createdAt.isBefore(at.minus(window));
    }

    void foldInto(int laterRevisionNo) {
        this.foldedInto = laterRevisionNo;
    }

    Integer getFoldedInto() {
        return foldedInto;
    }

    int getRevisionNo() {
        return revisionNo;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getAuthorName() {
        return authorName;
    }

    String getSummary() {
        return summary;
    }

    String getSnapshot() {
        return snapshot;
    }
}
