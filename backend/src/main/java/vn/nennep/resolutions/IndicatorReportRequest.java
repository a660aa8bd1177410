package vn.nennep.resolutions;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Body of POST and PUT on an indicator's reports: the organization's value for a period, with its evidence. */
public record IndicatorReportRequest(
        @NotNull UUID organizationId,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value,
        @NotBlank @Size(max = 10_000) String evidence,
        @Size(max = 100) String externalId) {
}
