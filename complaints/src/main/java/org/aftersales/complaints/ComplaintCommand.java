package org.aftersales.complaints;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;

/**
 * The commands of {@link ComplaintDesk}, one record each, checked at the boundary: a bad
 * command is refused with a {@link org.aftersales.core.error.ValidationException} listing
 * every violation in English and Chinese, and nothing is stored. Every command but
 * {@link Receive} names the complaint and the member of staff who acts.
 */
public sealed interface ComplaintCommand {

    /** Longest free text a command takes, in characters: our default. */
    int MAX_TEXT = 4000;

    /** @return who acts */
    StaffId by();

    /** A command on an existing complaint. */
    sealed interface OnComplaint extends ComplaintCommand {
        /** @return the complaint */
        ComplaintNumber number();
    }

    /**
     * Records a complaint (K1): whoever receives it owns it.
     *
     * @param by the first receiver, any member of staff
     * @param channel how it came in
     * @param links the customer and what it concerns
     * @param words the customer's own words
     * @param contact how to reach the customer about it, or null
     * @param severity the first estimate of its severity, or null for {@link Severity#NORMAL}
     */
    record Receive(@NotNull StaffId by, @NotNull IntakeChannel channel, @NotNull Links links,
            @NotBlank @Size(max = MAX_TEXT) String words, CustomerContact contact, Severity severity)
            implements ComplaintCommand {
    }

    /**
     * Classifies a complaint (K2); a changed severity recomputes its time limits from the start.
     *
     * @param number the complaint
     * @param by who classifies
     * @param cause the cause, which decides the path
     * @param severity the severity
     * @param category the dealership's category code, lower-case words joined by hyphens
     */
    record Classify(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotNull Cause cause,
            @NotNull Severity severity, @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "{complaint.category}") String category) implements OnComplaint {
    }

    /**
     * Changes the severity (K10): the time limits are recomputed from the start.
     *
     * @param number the complaint
     * @param by who changes it
     * @param severity the new severity
     */
    record ChangeSeverity(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotNull Severity severity)
            implements OnComplaint {
    }

    /**
     * The owner asks a colleague to take the complaint over (K1).
     *
     * @param number the complaint
     * @param by the owner
     * @param to the colleague
     */
    record RequestHandOver(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotNull StaffId to)
            implements OnComplaint {
    }

    /**
     * The named colleague acknowledges a hand-over and owns the complaint from now on (K1).
     *
     * @param number the complaint
     * @param by the colleague named in the hand-over
     */
    record AcknowledgeHandOver(@NotNull ComplaintNumber number, @NotNull StaffId by) implements OnComplaint {
    }

    /**
     * Step 1, listen (K3): the customer's account, heard out and read back.
     *
     * @param number the complaint
     * @param by who listened
     * @param account the account as recorded
     */
    record Listen(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotBlank @Size(max = MAX_TEXT) String account)
            implements OnComplaint {
    }

    /**
     * Step 2, analyse (K3): the cause and what the customer really wants.
     *
     * @param number the complaint
     * @param by who analysed
     * @param findings the cause as found
     * @param customerWants what the customer really wants
     */
    record Analyse(@NotNull ComplaintNumber number, @NotNull StaffId by,
            @NotBlank @Size(max = MAX_TEXT) String findings, @NotBlank @Size(max = MAX_TEXT) String customerWants)
            implements OnComplaint {
    }

    /**
     * Step 3, find a solution (K3): handle it, or route it at once to the responsible
     * department through the routing plugins; the owner stays accountable either way.
     *
     * @param number the complaint
     * @param by who found it
     * @param solution the solution
     * @param route true to route it to the responsible department
     */
    record FindSolution(@NotNull ComplaintNumber number, @NotNull StaffId by,
            @NotBlank @Size(max = MAX_TEXT) String solution, boolean route) implements OnComplaint {
    }

    /**
     * Step 4, resolve (K3, K8): the apology and the agreed remedies.
     *
     * @param number the complaint
     * @param by who resolved it
     * @param apology the apology made
     * @param remedies the remedies agreed; may be empty only for a complaint not accepted
     */
    record Resolve(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotBlank @Size(max = MAX_TEXT) String apology,
            @NotNull List<@NotNull @Valid Remedy> remedies) implements OnComplaint {
    }

    /**
     * Step 5, an emergency measure (K3): optional, at any stage before closing.
     *
     * @param number the complaint
     * @param by who took it
     * @param measure what was done
     */
    record TakeEmergencyMeasure(@NotNull ComplaintNumber number, @NotNull StaffId by,
            @NotBlank @Size(max = MAX_TEXT) String measure) implements OnComplaint {
    }

    /**
     * Step 6, review (K3): root cause, lesson, preventive action.
     *
     * @param number the complaint
     * @param by who reviewed
     * @param rootCause why it happened
     * @param lesson what was learned
     * @param preventiveAction what keeps it from happening again
     */
    record RecordReview(@NotNull ComplaintNumber number, @NotNull StaffId by,
            @NotBlank @Size(max = MAX_TEXT) String rootCause, @NotBlank @Size(max = MAX_TEXT) String lesson,
            @NotBlank @Size(max = MAX_TEXT) String preventiveAction) implements OnComplaint {
    }

    /**
     * Closes the complaint (K7): refused without the review or without the result told.
     *
     * @param number the complaint
     * @param by who closes it
     */
    record Close(@NotNull ComplaintNumber number, @NotNull StaffId by) implements OnComplaint {
    }

    /**
     * An answer to the customer (K10): the first meets the first-answer limit, each one
     * restarts the update limit.
     *
     * @param number the complaint
     * @param by who answered
     * @param message what the customer was told
     */
    record Answer(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotBlank @Size(max = MAX_TEXT) String message)
            implements OnComplaint {
    }

    /**
     * Puts the complaint on hold (waiting for the customer or for parts) or back to open
     * (K10); the time limits stand still while on hold.
     *
     * @param number the complaint
     * @param by who changes it
     * @param status {@code WAITING_FOR_CUSTOMER}, {@code WAITING_FOR_PARTS} or {@code OPEN}
     */
    record ChangeStatus(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotNull Status status)
            implements OnComplaint {
    }

    /**
     * The manager's decision on acceptance and handling (K6).
     *
     * @param number the complaint
     * @param by the manager
     * @param accepted true when accepted
     * @param handling how it is to be handled
     */
    record Decide(@NotNull ComplaintNumber number, @NotNull StaffId by, boolean accepted,
            @NotBlank @Size(max = MAX_TEXT) String handling) implements OnComplaint {
    }

    /**
     * Opens a dispute, coordinated by a designated person under the contract's terms (K6).
     *
     * @param number the complaint
     * @param by who opens it
     * @param coordinator the coordinator
     * @param contractTerms the contract and clauses it is settled under
     */
    record OpenDispute(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotNull StaffId coordinator,
            @NotBlank @Size(max = MAX_TEXT) String contractTerms) implements OnComplaint {
    }

    /**
     * The quality path's record (K4): opinion form, technical analysis and countermeasure,
     * responsibility.
     *
     * @param number the complaint
     * @param by who records it
     * @param opinionForm what the customer's opinion form says
     * @param technicalAnalysis the technical analysis
     * @param countermeasure the countermeasure
     * @param responsibleDepartment the department held responsible
     * @param responsiblePerson the person held responsible, or null
     */
    record RecordQuality(@NotNull ComplaintNumber number, @NotNull StaffId by,
            @NotBlank @Size(max = MAX_TEXT) String opinionForm, @NotBlank @Size(max = MAX_TEXT) String technicalAnalysis,
            @NotBlank @Size(max = MAX_TEXT) String countermeasure, @NotNull DepartmentId responsibleDepartment,
            StaffId responsiblePerson) implements OnComplaint {
    }

    /**
     * Costs of the quality path, each with who bears it (K4); recording costs asks for a new
     * finance review.
     *
     * @param number the complaint
     * @param by who records them
     * @param costs the costs
     */
    record RecordCosts(@NotNull ComplaintNumber number, @NotNull StaffId by,
            @NotEmpty List<@NotNull @Valid Cost> costs) implements OnComplaint {
    }

    /**
     * Finance reviews the costs and their allocation (K4); the reviewer must work in a
     * finance department.
     *
     * @param number the complaint
     * @param by the reviewer
     */
    record ReviewFinance(@NotNull ComplaintNumber number, @NotNull StaffId by) implements OnComplaint {
    }

    /**
     * The non-quality path's record (K5): explanation, repair of the damage, operator
     * training, costs agreed with the customer.
     *
     * @param number the complaint
     * @param by who records it
     * @param explanation what the customer was told about the cause
     * @param damageRepair how the damage is made good
     * @param operatorTraining the training given to the customer's operators, or null
     * @param agreedCosts the costs agreed with the customer
     */
    record RecordNonQuality(@NotNull ComplaintNumber number, @NotNull StaffId by,
            @NotBlank @Size(max = MAX_TEXT) String explanation, @NotBlank @Size(max = MAX_TEXT) String damageRepair,
            @Size(max = MAX_TEXT) String operatorTraining, @NotNull List<@NotNull @Valid Cost> agreedCosts)
            implements OnComplaint {
    }

    /**
     * The result was told to the customer (K7).
     *
     * @param number the complaint
     * @param by who told them
     * @param how how and what they were told
     */
    record TellResult(@NotNull ComplaintNumber number, @NotNull StaffId by, @NotBlank @Size(max = MAX_TEXT) String how)
            implements OnComplaint {
    }

    /**
     * Keeps a closed, well-handled case for staff training (K9).
     *
     * @param number the complaint
     * @param by who keeps it
     * @param reason why it is worth learning from
     */
    record KeepForTraining(@NotNull ComplaintNumber number, @NotNull StaffId by,
            @NotBlank @Size(max = MAX_TEXT) String reason) implements OnComplaint {
    }
}
