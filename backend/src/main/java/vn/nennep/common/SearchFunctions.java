package vn.nennep.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Makes the database's {@code nennep_fold(text)} (lower case, no Vietnamese diacritics; see V1 migration) usable in
 * HQL as a string function, so that {@code q=} filters can be written as queries and use the trigram indexes.
 */
public class SearchFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().registerPattern("nennep_fold", "nennep_fold(?1)",
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING));
    }
}
