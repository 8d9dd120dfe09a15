package org.imroc.tracker.trust;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a Trust's service areas in one column ("ADULT,CAMHS"), so reading a page of Trusts never needs a
 * second query per Trust.
 */
@Converter
public class ServiceAreasConverter implements AttributeConverter<Set<ServiceArea>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ServiceArea> areas) {
        if (areas == null || areas.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(areas).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ServiceArea> convertToEntityAttribute(String column) {
        EnumSet<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(ServiceArea::valueOf).forEach(areas::add);
        }
        return areas;
    }
}
