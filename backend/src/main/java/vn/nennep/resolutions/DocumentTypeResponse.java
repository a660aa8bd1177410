package vn.nennep.resolutions;

public record DocumentTypeResponse(String code, String name, String nameEn) {

    static DocumentTypeResponse of(DocumentType type) {
        return new DocumentTypeResponse(type.code, type.name, type.nameEn);
    }
}
