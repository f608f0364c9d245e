package dev.tandem.agent;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a hand-off's reasons as a JSON array: they are always read and written together. */
@Converter
public class ReasonsConverter implements AttributeConverter<List<Handoff.Reason>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Handoff.Reason>> REASONS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Handoff.Reason> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<Handoff.Reason> convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, REASONS);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
