import { accountRecognizer } from './account.ts';
import { englishAddressRecognizer } from './address-en.ts';
import { chineseAddressRecognizer } from './address-zh.ts';
import { ageRecognizer } from './age.ts';
import { bankCardRecognizer } from './bank-card.ts';
import { dateRecognizer } from './date.ts';
import { emailRecognizer } from './email.ts';
import { idCardRecognizer } from './id-card.ts';
import { insuranceRecognizer } from './insurance.ts';
import { ipRecognizer } from './ip.ts';
import { mrnRecognizer } from './mrn.ts';
import { passportRecognizer } from './passport.ts';
import { englishPersonRecognizer } from './person-en.ts';
import { chinesePersonRecognizer } from './person-zh.ts';
import { chineseAwaitedPetNameRecognizer } from './person-zh-awaited.ts';
import { chineseInitialsFieldRecognizer } from './person-zh-initials.ts';
import { chineseSurnameSignRecognizer } from './person-zh-surname-sign.ts';
import { localPhoneRecognizer, phoneRecognizer } from './phone.ts';
import { spelledPhoneRecognizer } from './phone-spelled.ts';
import { plateRecognizer } from './plate.ts';
import type { Recognizer } from './recognizer.ts';
import { tableColumnRecognizer } from './table-columns.ts';
import { urlRecognizer } from './url.ts';

/**
 * The built-in recognizers, one per identifier family. Order breaks exact ties in overlap
 * resolution: validated, labelled identifiers come before looser families.
 */
export function defaultRecognizers(): Recognizer[] {
  return [
    idCardRecognizer,
    bankCardRecognizer,
    emailRecognizer,
    urlRecognizer,
    mrnRecognizer,
    insuranceRecognizer,
    passportRecognizer,
    phoneRecognizer,
    localPhoneRecognizer,
    spelledPhoneRecognizer,
    ipRecognizer,
    accountRecognizer,
    plateRecognizer,
    ageRecognizer,
    dateRecognizer,
    chineseAddressRecognizer,
    englishAddressRecognizer,
    chinesePersonRecognizer,
    englishPersonRecognizer,
    tableColumnRecognizer,
    chineseSurnameSignRecognizer,
    chineseInitialsFieldRecognizer,
    chineseAwaitedPetNameRecognizer,
  ];
}
