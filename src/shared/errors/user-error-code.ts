import { registerEnumType } from "type-graphql";

/** Stable machine-readable codes of user errors. Messages are Russian; codes never change. */
export enum UserErrorCode {
  REQUIRED = "REQUIRED",
  INVALID = "INVALID",
  INVALID_ID = "INVALID_ID",
  TOO_LONG = "TOO_LONG",
  OUT_OF_RANGE = "OUT_OF_RANGE",
  NOT_FOUND = "NOT_FOUND",
  TAKEN = "TAKEN",
  DUPLICATE_KEY = "DUPLICATE_KEY",
  STALE_REVISION = "STALE_REVISION",
  NOT_EDITABLE = "NOT_EDITABLE",
  INCOMPLETE = "INCOMPLETE",
  INVALID_TRANSITION = "INVALID_TRANSITION",
  CONFLICT = "CONFLICT",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS",
}

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Код ошибки ввода (стабильный, для программ). Code of a user error; stable, for programs.",
  valuesConfig: {
    REQUIRED: { description: "Обязательное поле не заполнено. A required field is missing." },
    INVALID: { description: "Недопустимое значение. The value is not acceptable." },
    INVALID_ID: { description: "Некорректный идентификатор. A malformed id or an id of another type." },
    TOO_LONG: { description: "Слишком длинная строка или список. A string or list is too long." },
    OUT_OF_RANGE: { description: "Число вне допустимого диапазона. A number is out of range." },
    NOT_FOUND: { description: "Объект не найден. The referenced object does not exist." },
    TAKEN: { description: "Значение уже занято (должно быть уникальным). The value must be unique and is taken." },
    DUPLICATE_KEY: { description: "Повторяющийся ключ элемента списка. Two list items share one key." },
    STALE_REVISION: { description: "Черновик уже изменён другим пользователем. The draft has changed since the given revision." },
    NOT_EDITABLE: { description: "Версия не является черновиком и не может изменяться. The version is not an editable draft." },
    INCOMPLETE: { description: "Стандарт неполон: есть ошибки проверки полноты. The standard has completeness errors." },
    INVALID_TRANSITION: { description: "Недопустимый переход статуса. The status transition is not allowed." },
    CONFLICT: { description: "Конкурирующее изменение; повторите операцию. A concurrent change; retry." },
    INVALID_CREDENTIALS: { description: "Неверный логин или пароль. Wrong login or password." },
    TOO_MANY_ATTEMPTS: { description: "Слишком много неудачных попыток входа; вход временно заблокирован. Too many failed sign-ins; locked for a while." },
  },
});

