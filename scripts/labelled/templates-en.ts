import type { Template } from './templates-zh.ts';

/** English clinical templates, our own wording; slots as in templates-zh.ts. */
const admission = [
  'ADMISSION NOTE\nPatient: {NAME}\nMRN: {MRN}\nDOB: {DOB}\nAdmitted: {DATE}\nPresenting complaint: central chest pain for 2 hours.',
  'Mr {NAME} is a {~AGE}-year-old man admitted on {DATE} with community-acquired pneumonia ({~ICD}). Started on {~DRUG}.',
  'Patient name: {NAME}\nAddress: {ADDR}\nPhone: {PHONE}\nNext of kin: {NAME2} (daughter)',
  '{AGE90}-year-old woman admitted from a care home after a fall. Background of {~EPONYM}. {~LAB}.',
  'Admission note ({~DEPT}): Mrs {NAME}, hospital number {MRN}, admitted {DATE} with diabetic ketoacidosis. {~LAB}.',
  'History obtained from the patient and her husband {NAME2}. Known {~EPONYM}, on {~DRUG}.',
  'Patient {NAME} (MRN {MRN}) was brought in by ambulance at 02:10. {~LAB}. Seen by Dr {DOC}.',
  'ADMISSION\nName: {NAME}\nInsurance ID: {INS}\nEmergency contact: {NAME2}, {PHONE}\nAllergies: penicillin.',
];

const discharge = [
  'DISCHARGE SUMMARY\nPatient: {NAME}  MRN: {MRN}\nAdmission date: {DATE}\nDischarge date: {DATE}\nDiagnosis: NSTEMI ({~ICD})\nMedications: {~DRUG}; {~DRUG}.',
  'Mr {NAME} was discharged home on {DATE}. Follow-up in {~DEPT} clinic on {DATE}. Continue {~DRUG}.',
  'Discharge summary: {NAME}, {AGE90} years old, treated for urinary sepsis. Discharged to the care of her son {NAME2}.',
  'The patient was reviewed by Dr {DOC} before discharge. {~LAB}. Managed according to {~GUIDE}.',
  'Discharge letter for {NAME}, DOB {DOB}. Please repeat {~LAB} in one week. Contact the ward on {PHONE}.',
  'Discharged on {DATE} after laparoscopic appendicectomy. Wound check at {~HOSP} in 10 days.',
  'DISCHARGE\nName: {NAME}\nHospital number: {MRN}\nHome address: {ADDR}\nGP to review {~DRUG}.',
  'Summary: {~EPONYM} with worsening tremor; levodopa increased. Patient {NAME} and wife {NAME2} agree with the plan.',
];

const letter = [
  'Dear Dr {DOC},\nThank you for referring Mrs {NAME}, whom I saw in clinic on {DATE}. {~LAB}. I have started {~DRUG}.',
  'Clinic letter ({~DEPT})\nRe: {NAME}, DOB {DOB}, NHS number {INS}\nDiagnosis: {~EPONYM}.',
  'I reviewed Mr {NAME} today. His {~LAB}. Plan: continue {~DRUG} and review in three months.',
  'Dear {NAME},\nYour results are now available at {URL}. If you have questions, please email {EMAIL}.',
  'Re: {NAME}, {AGE90}-year-old gentleman with {~EPONYM}. Seen with his daughter {NAME2}.',
  'Outpatient review on {DATE}: Ms {NAME} reports improved symptoms on {~DRUG}. {~LAB}.',
  'Yours sincerely,\nDr {DOC}\nConsultant, {~DEPT}\ncc: {NAME}, {ADDR}',
  'Clinic note: {NAME} attended with a friend, {NAME2}. {~LAB}. Discussed {~GUIDE}.',
];

const referral = [
  'REFERRAL\nPatient: {NAME}\nDOB: {DOB}\nAddress: {ADDR}\nReason: suspected {~EPONYM}, please assess.',
  'Referral to {~DEPT}: Mr {NAME}, MRN {MRN}, with new atrial fibrillation. {~LAB}. Currently on {~DRUG}.',
  'Urgent referral. Patient {NAME}, phone {PHONE}, email {EMAIL}. Two-week-wait pathway for suspected lung cancer ({~ICD}).',
  'Dear colleague, I would be grateful if you could see {NAME}, {AGE90} years, with recurrent falls. Referring physician: {DOC}.',
  'Referral form\nName: {NAME}\nPassport No.: {PASSPORT}\nInsurance ID: {INS}\nReason: travel vaccination advice.',
  'Please see Mrs {NAME} (hospital number {MRN}) regarding {~EPONYM}. She was last reviewed on {DATE}.',
  'Transfer note: {NAME} transferred from {~HOSP} on {DATE}. {~LAB}.',
  'Referral: {NAME}, DOB {DOB}. Background {~EPONYM}. Medications: {~DRUG}. Contact: {PHONE}.',
];

const dialogue = [
  'Doctor: Good morning, can you tell me your full name?\nPatient: {NAME}.\nDoctor: And your date of birth?\nPatient: {DOB}.',
  'Nurse: What is the best number to reach you on?\nPatient: My mobile is {PHONE}.',
  'Patient: Dr {DOC} told me to take {~DRUG}. Is that still right?\nDoctor: Yes, continue it.',
  'Doctor: Who is with you today?\nPatient: This is my son, {NAME2}.',
  'Patient: I moved recently, my new address is {ADDR}.\nReceptionist: Thanks, updated.',
  'Doctor: Your {~LAB}, which is better than last time, Mr {NAME}.',
  'Patient: Can you email the results to {EMAIL}?\nDoctor: Yes, I will send them today.',
  'Caller: I am calling about my mother, {NAME}, she is {AGE90} and very confused today.\nNurse: Is she breathing normally?',
  'Doctor: Have you had {~EPONYM} diagnosed before?\nPatient: Yes, at {~HOSP}.',
  'Receptionist: Can I take your insurance member ID?\nPatient: It is {INS}.',
];

const lab = [
  'LABORATORY REPORT\nPatient: {NAME}\nMRN: {MRN}\nCollected: {DATE}\nRequesting clinician: Dr {DOC}\nResults: {~LAB}; {~LAB}',
  'Specimen ID: {MRN}\nName: {NAME}  DOB: {DOB}\nReported: {DATE}\nTest: HbA1c. Reference range per {~GUIDE}.',
  'Radiology report\nPatient: {NAME}\nAccession No: {MRN}\nExam date: {DATE}\nFindings: no acute abnormality.',
  'ECG report: {NAME}, {AGE90} yo, sinus rhythm, rate 72. Reported by Dr {DOC}.',
  'Results portal: {URL} (login from {IP} recorded for audit).',
  'Pathology: specimen {MRN} from {NAME}, received {DATE}. Diagnosis: {~EPONYM}.',
];

const nursing = [
  'Nursing note {DATE} 14:00: {NAME} in bed {BED}, {~LAB}, given {~DRUG} as prescribed.',
  'Handover: bed {BED}, {NAME}, {AGE90}-year-old, high falls risk; daughter {NAME2} visiting.',
  'Nursing note: patient settled overnight. {~LAB}. Signed: {DOC}, RN.',
  'Admission checklist completed for {NAME}. Valuables handed to wife {NAME2}. Contact number {PHONE}.',
  'Wound review: dressing changed, no signs of infection. Patient {NAME} to see Dr {DOC} tomorrow.',
  'Falls assessment for {NAME} (MRN {MRN}): score 45. Bed rails in place.',
];

const message = [
  'Hi, this is {NAME}. I was discharged on {DATE} and I am not sure how to take {~DRUG}. Please call me on {PHONE}.',
  'Is {~LAB} normal for a {~AGE}-year-old? My GP mentioned {~GUIDE}.',
  'My dad {NAME} is {AGE90} and keeps forgetting his {~DRUG}. What can we do?',
  'Please send my records to {EMAIL}. My hospital number is {MRN}.',
  'Can I take {~DRUG} with {~DRUG}? I have {~EPONYM}.',
  'I live at {ADDR}. Which clinic is closest for a flu vaccine?',
  'Please refund the deposit to my card {BANK}. Name on the account: {NAME}.',
  'Portal audit: user {EMAIL} signed in from IP address {IP} on {DATE}.',
  'My WeChat ID is {WECHAT}, you can send the appointment details there.',
];

export const EN_TEMPLATES: Template[] = [
  ...admission.map((text) => ({ genre: 'admission', text })),
  ...discharge.map((text) => ({ genre: 'discharge', text })),
  ...letter.map((text) => ({ genre: 'outpatient', text })),
  ...referral.map((text) => ({ genre: 'referral', text })),
  ...dialogue.map((text) => ({ genre: 'dialogue', text })),
  ...lab.map((text) => ({ genre: 'lab', text })),
  ...nursing.map((text) => ({ genre: 'nursing', text })),
  ...message.map((text) => ({ genre: 'message', text })),
];
