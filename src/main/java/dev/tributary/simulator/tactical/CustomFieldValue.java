package dev.tributary.simulator.tactical;

import tools.jackson.databind.JsonNode;

/**
 * One custom field value on a client, site or agent ({@code {id, field, <model>, value}}). The value
 * is a string for text, number, single and datetime fields, an array for multiple and a bool for checkbox.
 */
public record CustomFieldValue(int id, int field, JsonNode value) {
}
