package dev.tributary.simulator.tactical;

/**
 * The compact recipe from which a generated agent's {@code services}, {@code disks} and
 * {@code wmi_detail} are synthesised on each read: a seed plus the sizes to generate. The same
 * profile always yields the same JSON.
 *
 * @param seed            drives every generated value
 * @param serviceCount    Windows services to list (real agents report 150-300)
 * @param extraWmiEntries additional USB, memory and network-adapter instances in {@code wmi_detail}
 */
public record HardwareProfile(long seed, int serviceCount, int extraWmiEntries) {
}
