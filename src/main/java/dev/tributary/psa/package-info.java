/**
 * The service-desk records: clients, boards, statuses, priorities, categories, tickets with
 * comments, assets with their details and links. Knows nothing about providers; other modules use
 * the interfaces in this package ({@link dev.tributary.psa.Tickets}, {@link dev.tributary.psa.Assets},
 * {@link dev.tributary.psa.Clients}, {@link dev.tributary.psa.TicketSetup}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service desk", allowedDependencies = "platform")
package dev.tributary.psa;
