package nl.samenplan.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.util.Objects;

/** One part of one weekday when a volunteer is available ("dinsdagmiddag"). */
@Embeddable
public class Slot implements Comparable<Slot> {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek day;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_part", nullable = false, length = 10)
    private DayPart part;

    protected Slot() {
    }

    public Slot(DayOfWeek day, DayPart part) {
        this.day = Objects.requireNonNull(day);
        this.part = Objects.requireNonNull(part);
    }

    public DayOfWeek day() {
        return day;
    }

    public DayPart part() {
        return part;
    }

    @Override
    public int compareTo(Slot other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : part.compareTo(other.part);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slot other && day == other.day && part == other.part;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, part);
    }

    @Override
    public String toString() {
        return day + "_" + part;
    }
}
