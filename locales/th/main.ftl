# sodan — Thai (th).
# Review: machine-assisted translation from locales/en/main.ftl; NOT yet reviewed by a native speaker.
#
# Rules for every locale (see docs/dialogs.md):
# - Short sentences, everyday words. Many readers have little schooling in
#   this language and read on a small phone screen.
# - Button labels (ids ending in -label or starting with menu-/choice-) fit in
#   20 characters where the language allows it: LINE and Messenger cut longer ones.
# - { $variables } are filled in by sodan. Keep them exactly as they are.
# - cmd-* messages list the words a worker may type instead of a slash
#   command, separated by " | ". Lower case; sodan ignores case and width.

## Language

# The language's own name, in its own script. Shown on the language buttons.
language-name = ไทย
lang-prompt = กรุณาเลือกภาษาของคุณ
lang-changed = ได้เลย ต่อจากนี้เราจะเขียนเป็นภาษาไทย

## Global commands typed as words

cmd-menu = เมนู | เมนูหลัก | เริ่มใหม่ | หน้าแรก
cmd-human = คุยกับคน | ที่ปรึกษา | คุยกับที่ปรึกษา | ขอความช่วยเหลือ | ช่วยด้วย
cmd-lang = ภาษา | เปลี่ยนภาษา
cmd-forget = ลืมฉัน | ลบข้อมูลของฉัน | ลบข้อมูล

## Welcome and main menu

welcome =
    สวัสดี เราคือ sodan บริการช่วยเหลือที่ฟรีและเป็นความลับ สำหรับคนจากต่างประเทศที่ทำงานในญี่ปุ่น
    เราช่วยตรวจค่าจ้างของคุณ เงินที่ถูกหักจากค่าจ้าง และค่าล่วงเวลา (โอที) ได้ และบอกได้ว่าจะขอความช่วยเหลือเป็นภาษาของคุณได้ที่ไหน
    เราจะไม่บอกอะไรเลยกับนายจ้างหรือองค์กรกำกับดูแลของคุณ
menu-prompt = คุณอยากทำอะไร? กดปุ่ม หรือพิมพ์หมายเลขของปุ่ม
menu-wage = ค่าจ้างต่ำไปไหม?
menu-deductions = การหักค่าจ้าง
menu-overtime = ค่าล่วงเวลา (โอที)
menu-help = ที่ขอความช่วยเหลือ
menu-human = คุยกับที่ปรึกษา
menu-rights = สิทธิของฉัน
menu-hint = พิมพ์ /menu ได้ทุกเมื่อเพื่อกลับมาที่นี่ พิมพ์ /human เพื่อคุยกับที่ปรึกษา และพิมพ์ /lang เพื่อเปลี่ยนภาษา

## Buttons used in many places

choice-menu = เมนูหลัก
choice-human = คุยกับที่ปรึกษา
choice-yes = ใช่
choice-no = ไม่ใช่

## Topics that are still being built

topic-wage = ตรวจค่าจ้างขั้นต่ำ
topic-deductions = การหักค่าจ้างของคุณ
topic-overtime = ตรวจค่าล่วงเวลา
topic-rights = สิทธิในการทำงาน
topic-coming =
    การตรวจนี้ยังอยู่ระหว่างเตรียม และยังใช้ไม่ได้ ขออภัยด้วย
    ระหว่างนี้ ที่ปรึกษาของเราช่วยคุณได้ กด "คุยกับที่ปรึกษา" หรือโทรหาสายด่วนด้านล่างนี้สายใดสายหนึ่ง

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    สายด่วนปรึกษาเรื่องสภาพการทำงาน (労働条件相談ほっとライン) โทรฟรี เป็นสายของรัฐบาลญี่ปุ่นสำหรับปัญหาในที่ทำงาน: { $hotline_phone }
    เวลาญี่ปุ่น: วันจันทร์ถึงวันศุกร์ { $hotline_weekday_hours } / วันเสาร์ วันอาทิตย์ และวันหยุดนักขัตฤกษ์ { $hotline_weekend_hours } / ปิดตั้งแต่ { $hotline_closed_from } ถึง { $hotline_closed_to } (เดือน/วัน)
    สายนี้ตอบเป็นภาษาญี่ปุ่น และมีสายภาษาอื่นด้วย คุณไม่ต้องบอกชื่อ
hotlines-emergency = ถ้าตอนนี้คุณอยู่ในอันตราย โทร 110 (ตำรวจ) หรือ 119 (รถพยาบาล ดับเพลิง) โทรฟรีทั้งสองเบอร์ ทั้งกลางวันและกลางคืน

## Talking to a person

human-ask = ปัญหาของคุณคืออะไร? เขียนสั้นๆ ก็ได้ ที่ปรึกษาจะอ่านข้อความนี้ (หรือพิมพ์ว่า "ข้าม" ก็ได้)
human-waiting =
    ขอบคุณ ที่ปรึกษาจะตอบคุณที่นี่ ในแชตนี้ เร็วที่สุดเท่าที่ทำได้
    คุณพิมพ์ต่อได้เลย ทุกข้อความที่คุณส่งมาจะเก็บไว้ให้ที่ปรึกษาอ่าน
human-skip-words = ข้าม | ข้ามไป | ผ่าน | -

## Forget me

forget-confirm = คุณต้องการให้เราลบทุกอย่างที่เราเก็บไว้เกี่ยวกับคุณไหม? (ข้อความและคำตอบของคุณ) ลบแล้วจะเอากลับคืนมาไม่ได้
forget-done = เรียบร้อยแล้ว เราลบข้อมูลที่เก็บไว้เกี่ยวกับคุณแล้ว ถ้าคุณเขียนมาอีก เราจะเริ่มใหม่ตั้งแต่ต้น
forget-cancelled = ได้เลย เราไม่ได้ลบอะไร

## When the worker's answer does not fit

unrecognised-choice = ขอโทษ เราไม่เข้าใจ กรุณากดปุ่มใดปุ่มหนึ่ง หรือพิมพ์หมายเลขของปุ่ม
input-invalid-number = กรุณาเขียนเป็นตัวเลข เช่น 5
input-invalid-yen = กรุณาเขียนจำนวนเงินเป็นเยน เช่น 150000 หรือ 15万円
input-invalid-hours = กรุณาเขียนจำนวนชั่วโมง เช่น 8 หรือ 7.5
input-invalid-date = กรุณาเขียนวันที่แบบนี้ 2026-11-23 (ปี ค.ศ.-เดือน-วัน)
input-invalid-prefecture = เราไม่รู้จักจังหวัดนี้ กรุณาเขียนชื่อจังหวัด เช่น Tokyo, Aichi หรือ 愛知
input-invalid-text = กรุณาเขียนข้อความสั้นๆ (ไม่เกิน 1000 ตัวอักษร)
conversation-reset = ขอโทษ บทสนทนานี้มีการอัปเดตระหว่างที่คุณไม่อยู่ มาเริ่มใหม่จากเมนูหลักกันนะ

## The web chat page's own words

webchat-title = sodan: ช่วยเหลือคนทำงานในญี่ปุ่น
webchat-placeholder = พิมพ์ข้อความ
webchat-send = ส่ง
webchat-offline = ไม่มีการเชื่อมต่อ ข้อความของคุณจะถูกส่งเมื่อคุณกลับมาออนไลน์
