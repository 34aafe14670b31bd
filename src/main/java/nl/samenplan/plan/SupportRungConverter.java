package nl.samenplan.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the rung as its number 0-4, so that queries can say "rung < 4". */
@Converter
class SupportRungConverter implements AttributeConverter<SupportRung, Integer> {

    @Override
    public Integer convertToDatabaseColumn(SupportRung rung) {
        return rung == null ? null : rung.level();
    }

    @Override
    public SupportRung convertToEntityAttribute(Integer level) {
        return level == null ? null : SupportRung.ofLevel(level);
    }
}
