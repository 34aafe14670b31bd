package nl.samenplan.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-count suppression for the funders' exports: a count below the threshold is never shown (it becomes
 * {@code "<5"}), and neither is any other number from which it could be worked out. Within a group of parts with
 * their total: when exactly one part is hidden, the smallest shown part is hidden too (complementary suppression);
 * when the parts that are hidden together still stay below the threshold (so that their sum would give a small
 * count away), more parts are hidden, smallest first, and when no part is left, the total. Zero counts as small too:
 * every shown count is at least the threshold.
 */
public record Suppression(int threshold) {

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
    }

    /** What a suppressed count shows: "<5". */
    public String hidden() {
        return "<" + threshold;
    }

    public boolean small(long count) {
        return count < threshold;
    }

    /** One count on its own. */
    public String count(long count) {
        return small(count) ? hidden() : Long.toString(count);
    }

    /**
     * Parts and their total, each shown or hidden: the result has the parts in their order and the total last.
     * {@code null} means hidden.
     */
    public Long[] group(long[] parts, long total) {
        Long[] shown = new Long[parts.length + 1];
        boolean[] hide = new boolean[parts.length + 1];
        for (int i = 0; i < parts.length; i++) {
            hide[i] = small(parts[i]);
        }
        hide[parts.length] = small(total);
        // Hidden parts may be worked out from the total and the shown parts: their sum must not be small, and there
        // must not be exactly one of them.
        while (!hide[parts.length]) {
            long hiddenSum = 0;
            int hiddenCount = 0;
            for (int i = 0; i < parts.length; i++) {
                if (hide[i]) {
                    hiddenSum += parts[i];
                    hiddenCount++;
                }
            }
            if (hiddenCount == 0 || hiddenCount >= 2 && !small(hiddenSum)) {
                break;
            }
            int next = smallestShown(parts, hide);
            if (next < 0) {
                hide[parts.length] = true;
            } else {
                hide[next] = true;
            }
        }
        for (int i = 0; i < parts.length; i++) {
            shown[i] = hide[i] ? null : parts[i];
        }
        shown[parts.length] = hide[parts.length] ? null : total;
        return shown;
    }

    /** The group as texts: counts or "<5". */
    public List<String> groupTexts(long[] parts, long total) {
        List<String> texts = new ArrayList<>();
        Arrays.stream(group(parts, total)).forEach(v -> texts.add(v == null ? hidden() : Long.toString(v)));
        return texts;
    }

    private static int smallestShown(long[] parts, boolean[] hide) {
        int best = -1;
        for (int i = 0; i < parts.length; i++) {
            if (!hide[i] && (best < 0 || parts[i] < parts[best])) {
                best = i;
            }
        }
        return best;
    }
}
